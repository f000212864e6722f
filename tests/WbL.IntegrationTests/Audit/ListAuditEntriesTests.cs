using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.Audit;

/// <summary>
/// GET /api/audit: HR and Admin read every entry; anyone else only the entries about themselves, so a filter naming
/// someone else gives an empty page. Confidential values are shown only to the person they are about.
/// </summary>
public sealed class ListAuditEntriesTests(WblFactory factory) : IClassFixture<WblFactory>
{
    /// <summary>A line where the manager recorded a need for the report and one for the colleague.</summary>
    private async Task<(NeedsLine Line, DevelopmentNeed ReportNeed, DevelopmentNeed ColleagueNeed)> ArrangeAsync()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var reportNeed = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var colleagueNeed = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Colleague.Id, title: "Plan repairs by priority"));
        return (line, reportNeed, colleagueNeed);
    }

    [Fact]
    public async Task Hr_and_admin_read_entries_about_anyone_and_about_no_one()
    {
        var (line, reportNeed, colleagueNeed) = await ArrangeAsync();

        foreach (var reader in new[] { await factory.SignInAsync(line.Hr.Email), await factory.SignInAsAdminAsync() })
        {
            var report = Assert.Single((await reader.AuditAsync($"?recordId={reportNeed.Id}")).Items);
            Assert.Equal(("CreateDevelopmentNeed", "DevelopmentNeed", line.Manager.Id, "Max Manager", line.Report.Id, "Rae Report"),
                (report.Action, report.RecordType, report.ActorId!.Value, report.ActorName, report.SubjectPersonId!.Value, report.SubjectName));
            Assert.Equal("Chair tenant panel meetings", report.Changes!.Value.GetProperty("title").GetString());
            Assert.False(report.ChangesWithheld);
            Assert.Matches("^[0-9a-f]{32}$", report.CorrelationId);
            Assert.Single((await reader.AuditAsync($"?recordId={colleagueNeed.Id}")).Items);
            // Creating the unit is about no one.
            Assert.Equal([(Guid?)null], (await reader.AuditAsync($"?recordId={line.Team.Id}")).Items.Select(entry => entry.SubjectPersonId));
        }
    }

    [Fact]
    public async Task A_person_reads_the_entries_about_themselves_and_nothing_about_anyone_else()
    {
        var (line, reportNeed, colleagueNeed) = await ArrangeAsync();
        var report = await factory.SignInAsync(line.Report.Email);

        var mine = await report.AuditAsync();

        Assert.NotEmpty(mine.Items);
        Assert.All(mine.Items, entry => Assert.Equal(line.Report.Id, entry.SubjectPersonId));
        // Admin created them (their person record) and their manager recorded the need.
        Assert.Contains(mine.Items, entry => entry.RecordId == reportNeed.Id && entry.ActorId == line.Manager.Id);
        Assert.Contains(mine.Items, entry => entry.RecordId == line.Report.Id && entry.Action == "CreatePerson");
        Assert.Empty((await report.AuditAsync($"?recordId={colleagueNeed.Id}")).Items);
        Assert.Empty((await report.AuditAsync($"?personId={line.Colleague.Id}")).Items);
        Assert.Empty((await report.AuditAsync($"?recordType=OrgUnit")).Items);
    }

    [Fact]
    public async Task A_manager_does_not_read_the_trail_of_their_reports()
    {
        var (line, reportNeed, _) = await ArrangeAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);

        Assert.Empty((await manager.AuditAsync($"?recordId={reportNeed.Id}")).Items);
        Assert.Empty((await manager.AuditAsync($"?personId={line.Report.Id}")).Items);
        Assert.All((await manager.AuditAsync($"?actorId={line.Manager.Id}")).Items, entry => Assert.Equal(line.Manager.Id, entry.SubjectPersonId));
    }

    [Fact]
    public async Task Signing_in_is_needed()
    {
        var response = await factory.NewClient().Http.GetAsync("/api/audit");

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Filters_narrow_by_person_actor_record_type_and_time()
    {
        var (line, reportNeed, _) = await ArrangeAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = factory.Clock.GetUtcNow();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var cancelled = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{reportNeed.Id}/cancel", new { reason = "No longer needed", reportNeed.Version }))
            .ReadAs<DevelopmentNeed>();

        var byPerson = await hr.AuditAsync($"?personId={line.Report.Id}&actorId={line.Manager.Id}");
        Assert.Equal(["CancelDevelopmentNeed", "CreateDevelopmentNeed"], byPerson.Items.Select(entry => entry.Action));
        var since = await hr.AuditAsync($"?recordId={reportNeed.Id}&from={Uri.EscapeDataString(later.ToString("O"))}");
        Assert.Equal(["CancelDevelopmentNeed"], since.Items.Select(entry => entry.Action));
        var before = await hr.AuditAsync($"?recordId={reportNeed.Id}&to={Uri.EscapeDataString(later.ToString("O"))}");
        Assert.Equal(["CreateDevelopmentNeed"], before.Items.Select(entry => entry.Action));
        var byType = await hr.AuditAsync($"?recordType=DevelopmentNeed&personId={line.Report.Id}");
        Assert.Equal(2, byType.Items.Length);
        // The outline's names for the record filters.
        var aliased = await hr.AuditAsync($"?entity=DevelopmentNeed&id={reportNeed.Id}");
        Assert.Equal(byPerson.Items.Select(entry => entry.Id), aliased.Items.Select(entry => entry.Id));
        Assert.Equal(cancelled.Id, aliased.Items[0].RecordId);
    }

    [Fact]
    public async Task Entries_page_newest_first_with_a_cursor()
    {
        var (line, _, _) = await ArrangeAsync();
        var admin = await factory.SignInAsAdminAsync();
        var all = await admin.AuditAsync($"?personId={line.Report.Id}&limit=200");
        Assert.True(all.Items.Length >= 2);

        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await admin.AuditAsync($"?personId={line.Report.Id}&limit=1" + (after is null ? "" : $"&after={after}"));
            Assert.True(page.Items.Length <= 1);
            seen.AddRange(page.Items.Select(entry => entry.Id));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(all.Items.Select(entry => entry.Id), seen);
        Assert.Equal(all.Items.OrderByDescending(entry => entry.OccurredAt).Select(entry => entry.OccurredAt), all.Items.Select(entry => entry.OccurredAt));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?after=not-a-cursor", "after")]
    [InlineData("?from=2026-11-02T10:00:00Z&to=2026-11-02T09:00:00Z", "to")]
    public async Task Bad_filters_are_400_with_the_field(string query, string field)
    {
        var admin = await factory.SignInAsAdminAsync();

        var errors = await (await admin.Http.GetAsync($"/api/audit{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public async Task A_private_aspiration_is_shown_to_its_learner_but_withheld_from_hr()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var aspiration = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, title: "Become a surveyor", origin: "PersonalAspiration", isPrivate: true));

        var hrView = Assert.Single((await (await factory.SignInAsync(line.Hr.Email)).AuditAsync($"?recordId={aspiration.Id}")).Items);
        var ownView = Assert.Single((await report.AuditAsync($"?recordId={aspiration.Id}")).Items);

        Assert.True(hrView.ChangesWithheld);
        Assert.Null(hrView.Changes);
        Assert.Equal(("CreateDevelopmentNeed", line.Report.Id), (hrView.Action, hrView.ActorId!.Value));
        Assert.False(ownView.ChangesWithheld);
        Assert.Equal("Become a surveyor", ownView.Changes!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_password_never_reaches_the_trail()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.OwnTreeAsync();
        var person = await admin.CreatePersonAsync("Pat Password", team.Id);

        var entry = Assert.Single((await admin.AuditAsync($"?recordId={person.Id}")).Items);

        Assert.Equal("[redacted]", entry.Changes!.Value.GetProperty("password").GetString());
        Assert.Equal(person.Email, entry.Changes!.Value.GetProperty("email").GetString());
        Assert.DoesNotContain(WblFactory.DefaultPassword, JsonSerializer.Serialize(entry.Changes), StringComparison.Ordinal);
        Assert.Empty(await factory.StoredEntriesAsync(
            "SELECT id FROM aud_entries WHERE changes LIKE @Password OR changes LIKE @AdminPassword",
            new { Password = $"%{WblFactory.DefaultPassword}%", AdminPassword = $"%{WblFactory.AdminPassword}%" }));
    }
}
