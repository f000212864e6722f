using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Organisation;

public sealed class OrgUnitTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Admin_builds_organisation_department_team_tree()
    {
        var admin = await factory.SignInAsAdminAsync();

        var (organisation, department, team) = await admin.CreateTreeAsync();

        Assert.Equal(organisation.Id, department.ParentId);
        Assert.Equal(department.Id, team.ParentId);
        var read = await (await admin.Http.GetAsync($"/api/org-units/{team.Id}")).ReadAs<OrgUnit>();
        Assert.Equal(team, read);
    }

    [Fact]
    public async Task A_learner_cannot_create_org_units()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var learner = await admin.CreatePersonAsync("Lee Learner", team.Id);
        var learnerClient = await factory.SignInAsync(learner.Email);

        var response = await learnerClient.Http.PostAsJsonAsync("/api/org-units", new { name = "Shadow IT", kind = "Team", parentId = department.Id });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        var units = await (await admin.Http.GetAsync("/api/org-units?limit=200")).ReadAs<Page<OrgUnit>>();
        Assert.DoesNotContain(units.Items, unit => unit.Name == "Shadow IT");
    }

    [Fact]
    public async Task Invalid_units_get_field_errors()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (organisation, _, team) = await admin.CreateTreeAsync();

        var missing = await (await admin.Http.PostAsJsonAsync("/api/org-units", new { name = "", kind = "Galaxy", parentId = (Guid?)null })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("name", missing.Keys);
        Assert.Contains("kind", missing.Keys);

        var noParent = await (await admin.Http.PostAsJsonAsync("/api/org-units", new { name = "Orphans", kind = "Team", parentId = (Guid?)null })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", noParent.Keys);

        var departmentUnderTeam = await (await admin.Http.PostAsJsonAsync("/api/org-units", new { name = "Upside down", kind = "Department", parentId = team.Id })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", departmentUnderTeam.Keys);

        var unknownParent = await (await admin.Http.PostAsJsonAsync("/api/org-units", new { name = "Lost", kind = "Department", parentId = Guid.NewGuid() })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", unknownParent.Keys);

        Assert.NotNull(organisation);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_own_sub_unit_is_refused()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var subTeam = await admin.CreateUnitAsync("Night shift", "Team", team.Id);

        var response = await admin.Http.PutAsJsonAsync($"/api/org-units/{team.Id}", new { name = team.Name, kind = "Team", parentId = subTeam.Id, team.Version });

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("parentId", errors.Keys);
        Assert.Equal(department.Id, (await (await admin.Http.GetAsync($"/api/org-units/{team.Id}")).ReadAs<OrgUnit>()).ParentId);
    }

    [Fact]
    public async Task A_stale_version_gets_409_and_changes_nothing()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var renamed = await (await admin.Http.PutAsJsonAsync($"/api/org-units/{team.Id}", new { name = "Planned works", kind = "Team", parentId = department.Id, team.Version })).ReadAs<OrgUnit>();
        Assert.Equal(team.Version + 1, renamed.Version);

        var stale = await admin.Http.PutAsJsonAsync($"/api/org-units/{team.Id}", new { name = "Reactive works", kind = "Team", parentId = department.Id, team.Version });

        await stale.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal("Planned works", (await (await admin.Http.GetAsync($"/api/org-units/{team.Id}")).ReadAs<OrgUnit>()).Name);
    }

    [Fact]
    public async Task Unknown_unit_is_404()
    {
        var admin = await factory.SignInAsAdminAsync();

        await (await admin.Http.GetAsync($"/api/org-units/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Units_page_by_name_with_a_cursor()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, _) = await admin.CreateTreeAsync();
        for (var index = 0; index < 5; index++)
        {
            await admin.CreateUnitAsync($"Paging team {index}", "Team", department.Id);
        }

        var seen = new List<OrgUnit>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await (await admin.Http.GetAsync("/api/org-units?limit=2" + (next is null ? "" : $"&after={next}"))).ReadAs<Page<OrgUnit>>();
            Assert.True(page.Items.Length <= 2);
            seen.AddRange(page.Items);
            next = page.Next;
            pages++;
        }
        while (next is not null && pages < 100);

        var all = await (await admin.Http.GetAsync("/api/org-units?limit=200")).ReadAs<Page<OrgUnit>>();
        Assert.Null(all.Next);
        Assert.Equal(all.Items.Select(unit => unit.Id), seen.Select(unit => unit.Id));
        Assert.Equal(seen.Select(unit => unit.Name).Order(StringComparer.Ordinal), seen.Select(unit => unit.Name));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("after=%25%25not-a-cursor", "after")]
    public async Task Bad_paging_parameters_get_400(string query, string field)
    {
        var admin = await factory.SignInAsAdminAsync();

        var errors = await (await admin.Http.GetAsync($"/api/org-units?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
    }
}
