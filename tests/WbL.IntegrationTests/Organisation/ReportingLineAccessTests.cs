using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Organisation;

/// <summary>The one access rule, exercised through a record it protects: a person's team.</summary>
public sealed class ReportingLineAccessTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private sealed record Line(Person Director, Person Manager, Person Report, Person Outsider, Person Hr);

    private async Task<(ApiClient Admin, Line Line)> ArrangeAsync()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, department, team) = await admin.CreateTreeAsync();
        var otherTeam = await admin.CreateUnitAsync("Other team", "Team", department.Id);
        var director = await admin.CreatePersonAsync("Dee Director", department.Id);
        var manager = await admin.CreatePersonAsync("Max Manager", team.Id, managerId: director.Id);
        var report = await admin.CreatePersonAsync("Rae Report", team.Id, managerId: manager.Id);
        var outsider = await admin.CreatePersonAsync("Oz Outsider", otherTeam.Id, managerId: director.Id);
        var hr = await admin.CreatePersonAsync("Hana Hr", department.Id, roles: ["HR"]);
        return (admin, new Line(director, manager, report, outsider, hr));
    }

    [Fact]
    public async Task A_person_in_another_team_gets_404_for_someone_elses_records()
    {
        var (_, line) = await ArrangeAsync();
        var outsider = await factory.SignInAsync(line.Outsider.Email);

        await (await outsider.Http.GetAsync($"/api/people/{line.Manager.Id}/team")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await outsider.Http.GetAsync($"/api/people/{line.Report.Id}/team")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_learner_cannot_read_their_managers_records()
    {
        var (_, line) = await ArrangeAsync();
        var report = await factory.SignInAsync(line.Report.Email);

        await (await report.Http.GetAsync($"/api/people/{line.Manager.Id}/team")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Self_line_manager_managers_above_and_hr_may_read()
    {
        var (admin, line) = await ArrangeAsync();

        foreach (var viewer in new[] { line.Manager, line.Director, line.Hr })
        {
            var client = await factory.SignInAsync(viewer.Email);
            var team = await (await client.Http.GetAsync($"/api/people/{line.Manager.Id}/team")).ReadAs<Page<TeamMember>>();
            Assert.Equal([line.Report.Id], team.Items.Select(member => member.Id));
        }
        await (await admin.Http.GetAsync($"/api/people/{line.Manager.Id}/team")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task When_the_reporting_line_changes_the_new_manager_gains_access_and_the_old_one_loses_it()
    {
        var (admin, line) = await ArrangeAsync();
        var oldManager = await factory.SignInAsync(line.Manager.Email);
        var newManager = await factory.SignInAsync(line.Outsider.Email);
        await (await oldManager.Http.GetAsync($"/api/people/{line.Report.Id}/team")).ShouldHaveStatus(HttpStatusCode.OK);

        var report = await (await admin.Http.GetAsync($"/api/people/{line.Report.Id}")).ReadAs<Person>();
        await (await admin.Http.PutAsJsonAsync($"/api/people/{report.Id}", new
        {
            report.DisplayName, report.Email, report.JobTitle, report.OrgUnitId, managerId = line.Outsider.Id, roles = report.Roles, report.Active, report.Version,
        })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await oldManager.Http.GetAsync($"/api/people/{line.Report.Id}/team")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await newManager.Http.GetAsync($"/api/people/{line.Report.Id}/team")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_person_is_404_even_for_hr()
    {
        var (_, line) = await ArrangeAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);

        await (await hr.Http.GetAsync($"/api/people/{Guid.NewGuid()}/team")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
