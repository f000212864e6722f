using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.NeedsIdentification;

public sealed class BusinessNeedTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_manager_writes_needs_for_the_unit_they_lead_and_its_staff_read_them()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateBusinessNeedAsync(line.Team.Id);

        Assert.Equal("Repairs", need.OrgUnitName);
        Assert.Equal(72.5m, need.BaselineValue);
        Assert.Equal("Open", need.Status);
        Assert.True(need.CanEdit);

        var report = await factory.SignInAsync(line.Report.Email);
        var seen = await (await report.Http.GetAsync($"/api/business-needs/{need.Id}")).ReadAs<BusinessNeed>();
        Assert.False(seen.CanEdit);
        var list = await (await report.Http.GetAsync("/api/business-needs")).ReadAs<Page<BusinessNeed>>();
        Assert.Contains(list.Items, item => item.Id == need.Id);
    }

    [Fact]
    public async Task Staff_of_another_unit_get_404_and_do_not_see_it_listed()
    {
        var line = await factory.LineAsync();
        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateBusinessNeedAsync(line.Team.Id);
        var outsider = await factory.SignInAsync(line.Outsider.Email);

        await (await outsider.Http.GetAsync($"/api/business-needs/{need.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var list = await (await outsider.Http.GetAsync("/api/business-needs")).ReadAs<Page<BusinessNeed>>();
        Assert.DoesNotContain(list.Items, item => item.Id == need.Id);
        var update = await outsider.Http.PutAsJsonAsync($"/api/business-needs/{need.Id}", UpdateBody(need, "Hijacked"));
        await update.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_learner_cannot_write_business_needs_and_a_manager_cannot_write_for_the_unit_above()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        await (await report.Http.PostAsJsonAsync("/api/business-needs", NeedsArrange.BusinessNeedBody(line.Team.Id))).ShouldBeProblem(HttpStatusCode.Forbidden);

        var manager = await factory.SignInAsync(line.Manager.Email);
        await (await manager.Http.PostAsJsonAsync("/api/business-needs", NeedsArrange.BusinessNeedBody(line.Department.Id))).ShouldBeProblem(HttpStatusCode.Forbidden);
        var errors = await (await manager.Http.PostAsJsonAsync("/api/business-needs", NeedsArrange.BusinessNeedBody(line.OtherOrganisation.Id)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("orgUnitId", errors.Keys);
    }

    [Fact]
    public async Task Hr_writes_for_any_unit_and_people_below_read_a_department_need()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var need = await hr.CreateBusinessNeedAsync(line.Department.Id, "Improve tenant satisfaction");

        var report = await factory.SignInAsync(line.Report.Email);
        await (await report.Http.GetAsync($"/api/business-needs/{need.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_field_errors_and_nothing_is_written()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var errors = await (await manager.Http.PostAsJsonAsync("/api/business-needs", new
        {
            orgUnitId = line.Team.Id,
            title = " ",
            businessObjective = "",
            measureName = "",
            measureUnit = "%",
            baselineValue = 10,
            targetValue = 10,
            priority = "Urgent",
            periodStart = "2026-04-01",
            periodEnd = "2026-03-01",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Superset(new HashSet<string> { "title", "businessObjective", "measureName", "targetValue", "priority", "periodEnd" }, errors.Keys.ToHashSet());
        var list = await (await manager.Http.GetAsync($"/api/business-needs?orgUnitId={line.Team.Id}")).ReadAs<Page<BusinessNeed>>();
        Assert.Empty(list.Items);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_409_and_the_current_one_succeeds()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateBusinessNeedAsync(line.Team.Id);

        var updated = await (await manager.Http.PutAsJsonAsync($"/api/business-needs/{need.Id}", UpdateBody(need, "Cut the backlog by half", "Achieved")))
            .ReadAs<BusinessNeed>();
        Assert.Equal(need.Version + 1, updated.Version);
        Assert.Equal("Achieved", updated.Status);

        await (await manager.Http.PutAsJsonAsync($"/api/business-needs/{need.Id}", UpdateBody(need, "Stale edit"))).ShouldBeProblem(HttpStatusCode.Conflict);
        var current = await (await manager.Http.GetAsync($"/api/business-needs/{need.Id}")).ReadAs<BusinessNeed>();
        Assert.Equal("Cut the backlog by half", current.Title);
    }

    [Fact]
    public async Task The_list_pages_by_title_and_filters_by_status()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        foreach (var title in new[] { "C need", "A need", "B need" })
        {
            await hr.CreateBusinessNeedAsync(line.OtherTeam.Id, title);
        }

        var first = await (await hr.Http.GetAsync($"/api/business-needs?orgUnitId={line.OtherTeam.Id}&limit=2")).ReadAs<Page<BusinessNeed>>();
        Assert.Equal(["A need", "B need"], first.Items.Select(item => item.Title));
        Assert.NotNull(first.Next);
        var second = await (await hr.Http.GetAsync($"/api/business-needs?orgUnitId={line.OtherTeam.Id}&limit=2&after={first.Next}")).ReadAs<Page<BusinessNeed>>();
        Assert.Equal(["C need"], second.Items.Select(item => item.Title));
        Assert.Null(second.Next);

        var closed = await (await hr.Http.GetAsync($"/api/business-needs?orgUnitId={line.OtherTeam.Id}&status=Closed")).ReadAs<Page<BusinessNeed>>();
        Assert.Empty(closed.Items);
        await (await hr.Http.GetAsync("/api/business-needs?status=Whatever")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static object UpdateBody(BusinessNeed need, string title, string status = "Open") => new
    {
        title,
        need.BusinessObjective,
        need.MeasureName,
        need.MeasureUnit,
        need.BaselineValue,
        need.TargetValue,
        need.Priority,
        need.PeriodStart,
        need.PeriodEnd,
        status,
        need.Version,
    };
}
