using System.Net;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.ProgressReviews;

namespace WbL.IntegrationTests.Insights;

public sealed class GetTeamDashboardTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Each_report_shows_budget_committed_benefit_realised_and_reviews_held_on_time()
    {
        // Reviews on 4 May, 29 June, 24 August and 19 October; the first held on its date, the learning finished on 31 August.
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        var first = await active.FirstReviewAsync();
        await active.Manager.PutReviewAsync(first, manager: ReviewArrange.Recorded(heldOn: "2026-05-04")).ShouldSucceedAsync();
        var second = await active.Manager.ReviewAsync((await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews[1].Id);
        // Held a week late: not on time.
        await active.Manager.PutReviewAsync(second, manager: ReviewArrange.Recorded(heldOn: "2026-07-06")).ShouldSucceedAsync();
        await active.CompleteAsync("2026-08-31");
        var review = await active.Manager.ContractImpactReviewAsync(active.Contract.Id);
        await active.Manager.PutImpactAsync(review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();
        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);
        var dueSoFar = schedule.Reviews.Count(item => item.State is "Held" or "Overdue");

        var dashboard = await (await active.Manager.Http.GetAsync($"/api/people/{active.Line.Manager.Id}/team/dashboard")).ReadAs<TeamDashboard>();

        Assert.Equal((active.Line.Manager.Id, new DateOnly(2026, 11, 2)), (dashboard.ManagerId, dashboard.AsOf));
        Assert.Equal(["Col League", "Rae Report"], dashboard.Members.Select(member => member.DisplayName));
        var rae = dashboard.Members.Single(member => member.PersonId == active.Line.Report.Id).Figures;
        // 50,000 a year × 80 % attribution × 75 % confidence.
        Assert.Equal((ImpactArrange.Cost, 1, 30_000m, 1), (rae.BudgetCommitted, rae.ContractsInForce, rae.BenefitRealised, rae.ImpactReviewsRecorded));
        Assert.True(dueSoFar >= 2);
        Assert.Equal((dueSoFar, 1), (rae.ReviewsDue, rae.ReviewsHeldOnTime));
        Assert.Equal((int)Math.Round(100m / dueSoFar, MidpointRounding.AwayFromZero), rae.ReviewsHeldOnTimePercent);
        var col = dashboard.Members.Single(member => member.PersonId == active.Line.Colleague.Id).Figures;
        Assert.Equal(new DashboardFigures(0m, 0, 0m, 0, 0, 0, null), col);
        Assert.Equal(rae, dashboard.Totals);
    }

    [Fact]
    public async Task The_manager_those_above_them_hr_and_admin_see_it_and_nobody_else()
    {
        var active = await factory.ActiveContractAsync();
        var line = active.Line;
        var url = $"/api/people/{line.Manager.Id}/team/dashboard";

        foreach (var email in new[] { line.Manager.Email, line.Director.Email, line.Hr.Email })
        {
            await (await (await factory.SignInAsync(email)).Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);
        }
        await (await (await factory.SignInAsAdminAsync()).Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);
        // The manager's own reports, a peer manager and another team: as if the manager did not exist.
        foreach (var email in new[] { line.Report.Email, line.Colleague.Email, line.OtherManager.Email, line.Outsider.Email })
        {
            await (await (await factory.SignInAsync(email)).Http.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        await (await active.Manager.Http.GetAsync($"/api/people/{Guid.NewGuid()}/team/dashboard")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
