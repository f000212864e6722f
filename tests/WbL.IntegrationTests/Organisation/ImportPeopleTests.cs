using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.Organisation;

public sealed record ImportFieldError(string Field, string Message);

public sealed record ImportRowResult(int Line, string Email, string DisplayName, string Outcome, Guid? PersonId, string[] Changes, ImportFieldError[] Errors);

public sealed record ImportReport(
    bool DryRun, bool Applied, int Rows, int Created, int Updated, int Unchanged, int Errors, string[] UnitsCreated, string[] IgnoredColumns, ImportRowResult[] Results);

public static class ImportArrange
{
    public static Task<HttpResponseMessage> ImportAsync(this ApiClient client, string csv, bool dryRun, string contentType = "text/csv") =>
        client.Http.PostAsync($"/api/people/import?dryRun={(dryRun ? "true" : "false")}", Csv(csv, contentType));

    public static ByteArrayContent Csv(string csv, string contentType = "text/csv")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>Every row of the organisation's tables and the audit trail, as text: equal snapshots mean nothing changed.</summary>
    public static async Task<string> SnapshotAsync(this WblFactory factory)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT id, name, kind, parent_id, version FROM org_units ORDER BY id",
            "SELECT id, display_name, email, job_title, org_unit_id, manager_id, active, version, updated_at FROM org_people ORDER BY id",
            "SELECT person_id, role FROM org_person_roles ORDER BY person_id, role",
            "SELECT COUNT(1) AS entries FROM aud_entries",
        })
        {
            parts.Add(JsonSerializer.Serialize(await connection.QueryAsync(sql)));
        }
        return string.Join("\n", parts);
    }

    public static async Task<Person[]> PeopleAsync(this ApiClient admin) =>
        (await (await admin.Http.GetAsync("/api/people?limit=200")).ReadAs<Page<Person>>()).Items;

    public static async Task<OrgUnit[]> UnitsAsync(this ApiClient admin) =>
        (await (await admin.Http.GetAsync("/api/org-units?limit=200")).ReadAs<Page<OrgUnit>>()).Items;
}

public sealed class ImportPeopleTests(WblFactory factory) : IClassFixture<WblFactory>
{
    // The bootstrap admin's organisation; a manager (Rowan) comes after the people who report to them.
    private static string File(string suffix) => $"""
        email,displayName,jobTitle,orgUnit,managerEmail,roles,active,Employee number
        ada.{suffix}@wbl.test,Ada Lovelace,Repairs Planner,Our organisation/Services {suffix}/Repairs,rowan.{suffix}@wbl.test,,true,1001
        bo.{suffix}@wbl.test,Bo Baker,Operative,Our organisation/Services {suffix}/Repairs,rowan.{suffix}@wbl.test,Facilitator,,1002
        rowan.{suffix}@wbl.test,Rowan Reed,Repairs Manager,Our organisation/Services {suffix},,HR,yes,1003
        """;

    [Fact]
    public async Task A_dry_run_reports_each_row_and_changes_nothing()
    {
        var admin = await factory.SignInAsAdminAsync();
        var before = await factory.SnapshotAsync();

        var report = await (await admin.ImportAsync(File("dry"), dryRun: true)).ReadAs<ImportReport>();

        Assert.True(report.DryRun);
        Assert.False(report.Applied);
        Assert.Equal((3, 3, 0, 0, 0), (report.Rows, report.Created, report.Updated, report.Unchanged, report.Errors));
        Assert.Equal([2, 3, 4], report.Results.Select(result => result.Line));
        Assert.All(report.Results, result => Assert.Equal("created", result.Outcome));
        Assert.Equal(["Our organisation/Services dry", "Our organisation/Services dry/Repairs"], report.UnitsCreated);
        Assert.Equal(["Employee number"], report.IgnoredColumns);
        Assert.Equal(before, await factory.SnapshotAsync());
    }

    [Fact]
    public async Task Applying_creates_people_and_units_with_their_managers_and_applying_again_changes_nothing()
    {
        var admin = await factory.SignInAsAdminAsync();

        var report = await (await admin.ImportAsync(File("apply"), dryRun: false)).ReadAs<ImportReport>();

        Assert.True(report.Applied);
        Assert.Equal(3, report.Created);
        var people = (await admin.PeopleAsync()).Where(person => person.Email.EndsWith(".apply@wbl.test", StringComparison.Ordinal)).ToDictionary(person => person.DisplayName);
        var units = await admin.UnitsAsync();
        var services = units.Single(unit => unit.Name == "Services apply");
        var repairs = units.Single(unit => unit.Name == "Repairs" && unit.ParentId == services.Id);
        Assert.Equal("Department", services.Kind);
        Assert.Equal("Team", repairs.Kind);
        Assert.Equal(people["Rowan Reed"].Id, people["Ada Lovelace"].ManagerId);
        Assert.Equal(people["Rowan Reed"].Id, people["Bo Baker"].ManagerId);
        Assert.Null(people["Rowan Reed"].ManagerId);
        Assert.Equal(repairs.Id, people["Ada Lovelace"].OrgUnitId);
        Assert.Equal(services.Id, people["Rowan Reed"].OrgUnitId);
        Assert.Equal(["Facilitator"], people["Bo Baker"].Roles);
        Assert.Equal(["HR"], people["Rowan Reed"].Roles);
        Assert.True(people["Rowan Reed"].IsManager);
        Assert.Equal(report.Results.Select(result => result.PersonId), new Guid?[] { people["Ada Lovelace"].Id, people["Bo Baker"].Id, people["Rowan Reed"].Id });

        // New people have no password: they sign in by SSO or once an admin sets one.
        var signIn = await factory.NewClient().Http.PostAsJsonAsync("/api/auth/login", new { email = "ada.apply@wbl.test", password = WblFactory.DefaultPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);

        var before = await factory.SnapshotAsync();
        var again = await (await admin.ImportAsync(File("apply"), dryRun: false)).ReadAs<ImportReport>();

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.UnitsCreated);
        // Only the import's own audit entry is added; no person or unit row changes.
        var after = await factory.SnapshotAsync();
        Assert.Equal(before[..before.LastIndexOf('\n')], after[..after.LastIndexOf('\n')]);
    }

    [Fact]
    public async Task A_changed_row_updates_only_that_person_and_says_what_changed()
    {
        var admin = await factory.SignInAsAdminAsync();
        await (await admin.ImportAsync(File("upd"), dryRun: false)).ShouldHaveStatus(HttpStatusCode.OK);
        var changed = File("upd").Replace("Operative,Our organisation/Services upd/Repairs,rowan.upd@wbl.test,Facilitator,", "Senior Operative,Our organisation/Services upd/Repairs,rowan.upd@wbl.test,Facilitator,")
            .Replace("Ada Lovelace,Repairs Planner,Our organisation/Services upd/Repairs,rowan.upd@wbl.test,,true", "Ada Lovelace,Repairs Planner,Our organisation/Services upd/Repairs,rowan.upd@wbl.test,,false");

        var report = await (await admin.ImportAsync(changed, dryRun: false)).ReadAs<ImportReport>();

        Assert.Equal((0, 2, 1), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(["active"], report.Results[0].Changes);
        Assert.Equal(["jobTitle"], report.Results[1].Changes);
        var people = (await admin.PeopleAsync()).Where(person => person.Email.EndsWith(".upd@wbl.test", StringComparison.Ordinal)).ToDictionary(person => person.DisplayName);
        Assert.False(people["Ada Lovelace"].Active);
        Assert.Equal("Senior Operative", people["Bo Baker"].JobTitle);
        Assert.Equal(2, people["Bo Baker"].Version);
        Assert.Equal(1, people["Rowan Reed"].Version);
        var entries = await factory.StoredPersonImportEntriesAsync(people["Bo Baker"].Id);
        Assert.Equal(2, entries);
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_and_field_and_the_file_is_not_applied()
    {
        var admin = await factory.SignInAsAdminAsync();
        var csv = """
            Email,First name,Last name,Org unit,Manager e-mail,Roles,Active
            cara.bad@wbl.test,Cara,Cole,Our organisation/Housing,,,
            "not-an-email",Dee,Dale,Our organisation/Housing,,,
            eve.bad@wbl.test,Eve,Evans,Nowhere Ltd/Housing,,,
            finn.bad@wbl.test,Finn,Ford,Our organisation/Housing,nobody.bad@wbl.test,Wizard,maybe
            cara.bad@wbl.test,Cara,Again,Our organisation/Housing,,,
            """;
        var before = await factory.SnapshotAsync();

        var dryRun = await (await admin.ImportAsync(csv, dryRun: true)).ReadAs<ImportReport>();
        var apply = await admin.ImportAsync(csv, dryRun: false);

        Assert.Equal((1, 4), (dryRun.Created, dryRun.Errors));
        Assert.Equal("created", dryRun.Results[0].Outcome);
        Assert.Equal((3, "email"), (dryRun.Results[1].Line, dryRun.Results[1].Errors.Single().Field));
        Assert.Equal((4, "orgUnit"), (dryRun.Results[2].Line, dryRun.Results[2].Errors.Single().Field));
        Assert.Contains("Nowhere Ltd", dryRun.Results[2].Errors.Single().Message);
        Assert.Equal(["active", "managerEmail", "roles"], dryRun.Results[3].Errors.Select(error => error.Field).Order(StringComparer.Ordinal));
        Assert.Contains("line 2", dryRun.Results[4].Errors.Single().Message);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, apply.StatusCode);
        var problem = await apply.Content.ReadFromJsonAsync<JsonElement>(HttpAssertions.Json);
        Assert.Equal(4, problem.GetProperty("report").GetProperty("errors").GetInt32());
        Assert.Equal(before, await factory.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_that_would_make_a_reporting_loop_is_refused()
    {
        var admin = await factory.SignInAsAdminAsync();
        var csv = """
            email,displayName,orgUnit,managerEmail
            gil.loop@wbl.test,Gil,Our organisation,hal.loop@wbl.test
            hal.loop@wbl.test,Hal,Our organisation,gil.loop@wbl.test
            """;

        var report = await (await admin.ImportAsync(csv, dryRun: true)).ReadAs<ImportReport>();

        Assert.Equal(2, report.Errors);
        Assert.All(report.Results, result => Assert.Contains("loop", result.Errors.Single(error => error.Field == "managerEmail").Message));
    }

    [Fact]
    public async Task A_file_that_is_not_csv_or_misses_columns_gets_400()
    {
        var admin = await factory.SignInAsAdminAsync();

        var missing = await admin.ImportAsync("email,jobTitle\nx@wbl.test,Officer\n", dryRun: true);
        var pdf = await admin.Http.PostAsync("/api/people/import?dryRun=true", new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) { Headers = { ContentType = new("text/csv") } });
        var json = await admin.ImportAsync("{\"email\":\"x\"}", dryRun: true, contentType: "application/json");

        var errors = await missing.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("displayName", errors["file"].Single());
        Assert.Contains("orgUnit", errors["file"].Single());
        Assert.Contains("file", (await pdf.ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        Assert.Contains("file", (await json.ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task Only_an_admin_may_import()
    {
        var admin = await factory.SignInAsAdminAsync();
        var organisation = (await admin.UnitsAsync()).First(unit => unit.Kind == "Organisation");
        var hr = await admin.CreatePersonAsync("Hana HR", organisation.Id, roles: ["HR"]);
        var hrClient = await factory.SignInAsync(hr.Email);
        var before = await factory.SnapshotAsync();

        await (await hrClient.ImportAsync(File("hr"), dryRun: true)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await hrClient.ImportAsync(File("hr"), dryRun: false)).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal(before, await factory.SnapshotAsync());
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        var admin = await factory.SignInAsAdminAsync();
        var csv = $"email,displayName,orgUnit,roles\n{WblFactory.AdminEmail},Admin,Our organisation,HR\n";

        var report = await (await admin.ImportAsync(csv, dryRun: true)).ReadAs<ImportReport>();

        Assert.Equal("roles", report.Results.Single().Errors.Single().Field);
    }
}

public static class ImportAuditArrange
{
    public static async Task<long> StoredPersonImportEntriesAsync(this WblFactory factory, Guid personId)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(1) FROM aud_entries WHERE action = 'ImportPeople' AND record_type = 'Person' AND record_id = @Id", new { Id = personId });
    }
}

/// <summary>A class of its own: its five thousand people would crowd the other tests' lists.</summary>
public sealed class ImportPeopleVolumeTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Five_thousand_rows_are_checked_and_applied()
    {
        var admin = await factory.SignInAsAdminAsync();
        var csv = new StringBuilder("email,displayName,jobTitle,orgUnit,managerEmail\n");
        for (var index = 0; index < 5000; index++)
        {
            // Every tenth person manages the next nine, and appears after them.
            var manager = index % 10 == 9 ? "" : $"bulk{index - index % 10 + 9}@wbl.test";
            csv.Append($"bulk{index}@wbl.test,Bulk Person {index},Officer,Our organisation/Bulk/Team {index / 500},{manager}\n");
        }

        var dryRun = await (await admin.ImportAsync(csv.ToString(), dryRun: true)).ReadAs<ImportReport>();
        var applied = await (await admin.ImportAsync(csv.ToString(), dryRun: false)).ReadAs<ImportReport>();

        Assert.Equal((5000, 0), (dryRun.Created, dryRun.Errors));
        Assert.Equal(5000, applied.Created);
        Assert.Equal(11, applied.UnitsCreated.Length);
        var page = await (await admin.Http.GetAsync("/api/people?q=bulk4999@wbl.test")).ReadAs<Page<Person>>();
        Assert.True(page.Items.Single().IsManager);
    }
}

public sealed class SmallImportLimitFactory : WblFactory
{
    public const int MaxFileBytes = 512;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:Import:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Wbl:Import:MaxRows", "3");
    }
}

public sealed class ImportPeopleLimitTests(SmallImportLimitFactory factory) : IClassFixture<SmallImportLimitFactory>
{
    [Fact]
    public async Task A_file_over_the_size_limit_gets_413_and_too_many_rows_400()
    {
        var admin = await factory.SignInAsAdminAsync();
        var large = "email,displayName,orgUnit\n" + string.Concat(Enumerable.Range(0, 40).Select(index => $"p{index}@wbl.test,Person {index},Our organisation\n"));
        var four = "email,displayName,orgUnit\n" + string.Concat(Enumerable.Range(0, 4).Select(index => $"p{index}@wbl.test,P {index},Our organisation\n"));

        await (await admin.ImportAsync(large, dryRun: true)).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        var errors = await (await admin.ImportAsync(four, dryRun: false)).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("at most 3", errors["file"].Single());
    }
}
