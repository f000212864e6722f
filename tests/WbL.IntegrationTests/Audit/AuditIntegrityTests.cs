using System.Data.Common;
using System.Net;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WbL.IntegrationTests.Infrastructure;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.Audit;

/// <summary>An entry exists exactly when its change committed, and once written it never changes.</summary>
public sealed class AuditIntegrityTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private sealed class BrokenTrail : IAuditTrail
    {
        public Task RecordAsync(WbL.SharedKernel.Audit.AuditEntry entry, CancellationToken cancellationToken) => throw new InvalidOperationException("The audit trail cannot be written.");
    }

    [Fact]
    public async Task A_stale_update_is_rolled_back_and_leaves_no_entry()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.OwnTreeAsync();
        var renamed = await (await admin.Http.PutAsJsonAsync($"/api/org-units/{team.Id}", new { name = "Planned works", kind = "Team", parentId = department.Id, team.Version }))
            .ReadAs<OrgUnit>();

        var (stale, trace) = await admin.TracedAsync(() =>
            admin.Http.PutAsJsonAsync($"/api/org-units/{team.Id}", new { name = "Void works", kind = "Team", parentId = department.Id, team.Version }));

        await stale.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Empty(await factory.EntriesOfTraceAsync(trace));
        Assert.Equal(["CreateOrgUnit", "UpdateOrgUnit"], (await factory.EntriesOfRecordAsync(team.Id)).Select(entry => entry.Action));
        Assert.Equal(renamed.Version, (await (await admin.Http.GetAsync($"/api/org-units/{team.Id}")).ReadAs<OrgUnit>()).Version);
    }

    [Fact]
    public async Task Refused_commands_leave_no_entry()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.OwnTreeAsync();
        var learner = await factory.SignInAsync((await admin.CreatePersonAsync("Lee Learner", team.Id)).Email);

        var (invalid, invalidTrace) = await admin.TracedAsync(() => admin.Http.PostAsJsonAsync("/api/org-units", new { name = "", kind = "Team", parentId = department.Id }));
        var (forbidden, forbiddenTrace) = await learner.TracedAsync(() => learner.Http.PostAsJsonAsync("/api/org-units", new { name = "Shadow IT", kind = "Team", parentId = department.Id }));
        var (missing, missingTrace) = await admin.TracedAsync(() => admin.Http.PutAsJsonAsync($"/api/org-units/{Guid.NewGuid()}", new { name = "Ghost", kind = "Team", parentId = department.Id, version = 1 }));

        await invalid.ShouldBeProblem(HttpStatusCode.BadRequest);
        await forbidden.ShouldBeProblem(HttpStatusCode.Forbidden);
        await missing.ShouldBeProblem(HttpStatusCode.NotFound);
        foreach (var trace in new[] { invalidTrace, forbiddenTrace, missingTrace })
        {
            Assert.Empty(await factory.EntriesOfTraceAsync(trace));
        }
    }

    [Fact]
    public async Task Signing_in_and_out_leave_no_entry()
    {
        var before = await factory.CountEntriesAsync();
        var client = factory.NewClient();

        var (_, trace) = await client.TracedAsync(async () =>
        {
            await (await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword })).ShouldHaveStatus(HttpStatusCode.OK);
            await (await client.Http.PostAsync("/api/auth/logout", null)).ShouldHaveStatus(HttpStatusCode.NoContent);
            return true;
        });

        Assert.Empty(await factory.EntriesOfTraceAsync(trace));
        Assert.Equal(before, await factory.CountEntriesAsync());
    }

    [Fact]
    public async Task A_change_whose_entry_cannot_be_written_does_not_happen()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (organisation, _, _) = await admin.OwnTreeAsync();
        await using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAuditTrail>();
            services.AddScoped<IAuditTrail, BrokenTrail>();
        }));
        var brokenAdmin = await SignInAsync(broken);

        var response = await brokenAdmin.Http.PostAsJsonAsync("/api/org-units", new { name = "Unrecorded", kind = "Department", parentId = organisation.Id });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var units = await (await admin.Http.GetAsync("/api/org-units?limit=200")).ReadAs<Page<OrgUnit>>();
        Assert.DoesNotContain(units.Items, unit => unit.Name == "Unrecorded");
    }

    [Fact]
    public async Task Entries_cannot_be_changed_or_removed()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.OwnTreeAsync();
        var entry = Assert.Single(await factory.EntriesOfRecordAsync(team.Id));
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE aud_entries SET action = 'Nothing' WHERE id = @Id", new { entry.Id }));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM aud_entries WHERE id = @Id", new { entry.Id }));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM aud_entries"));

        var after = Assert.Single(await factory.EntriesOfRecordAsync(team.Id));
        Assert.Equal((entry.Action, entry.Changes, entry.ActorPersonId), (after.Action, after.Changes, after.ActorPersonId));
    }

    /// <summary>The admin on a second host over the same database, with the XSRF header echoed as the SPA does.</summary>
    private static async Task<ApiClient> SignInAsync(WebApplicationFactory<Program> host)
    {
        var cookies = new System.Net.CookieContainer();
        var baseAddress = new Uri("https://localhost");
        var http = host.CreateDefaultClient(baseAddress, new XsrfHeaderHandler(cookies, baseAddress, enabled: true), new CookieContainerHandler(cookies));
        http.BaseAddress = baseAddress;
        var client = new ApiClient(http, cookies, baseAddress);
        await (await http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword })).ShouldHaveStatus(HttpStatusCode.OK);
        return client;
    }
}
