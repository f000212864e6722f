using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.Modules.LearnerContracts;
using WbL.Modules.ProgressReviews;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed record IdeaSummary(Guid Id, string Title, string Status, bool Overdue);

public sealed class DemoReviewsTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string DemoPassword = "Demo-Password-2026";

    [Fact]
    public async Task A_first_run_has_a_contract_under_way_with_a_review_held_one_due_and_an_idea_waiting()
    {
        var grace = await factory.SignInAsync("grace.lindqvist@brightwater.example", DemoPassword);
        var daniel = await factory.SignInAsync("daniel.mensah@brightwater.example", DemoPassword);
        var danielId = (await (await daniel.Http.GetAsync("/api/auth/me")).ReadAs<Me>()).Id;

        var contract = Assert.Single((await (await grace.Http.GetAsync($"/api/contracts?learnerId={danielId}")).ReadAs<Page<Contract>>()).Items);
        Assert.Equal(("Active", new DateOnly(2026, 10, 5)), (contract.Status, contract.InForce!.Terms.StartDate));
        var schedule = await daniel.ScheduleAsync(contract.Id);
        Assert.Equal(
            [(new DateOnly(2026, 10, 19), "Held"), (new DateOnly(2026, 11, 2), "Due"), (new DateOnly(2026, 11, 16), "Upcoming")],
            schedule.Reviews.Take(3).Select(review => (review.ScheduledOn, review.State)));
        Assert.Equal(1, schedule.OpenActions);

        var due = await grace.ReviewAsync(schedule.Reviews[1].Id);
        Assert.Equal("Send the panel agenda with timings two days ahead", Assert.Single(due.CarriedOver).Description);
        Assert.True(due.Can.WriteManagerPart);
        var held = await daniel.ReviewAsync(schedule.Reviews[0].Id);
        Assert.Single(held.MentoringNotes);
        var idea = Assert.Single((await (await grace.Http.GetAsync($"/api/contracts/{contract.Id}/ideas")).ReadAs<Page<IdeaSummary>>()).Items);
        Assert.Equal(("Open", false), (idea.Status, idea.Overdue));
    }

    [Fact]
    public async Task Seeding_again_adds_no_contract_review_or_idea()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await LearnerContractsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            await ProgressReviewsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var hr = await factory.SignInAsync("claire.dubois@brightwater.example", DemoPassword);
        var daniel = await factory.SignInAsync("daniel.mensah@brightwater.example", DemoPassword);
        var danielId = (await (await daniel.Http.GetAsync("/api/auth/me")).ReadAs<Me>()).Id;
        var contract = Assert.Single((await (await hr.Http.GetAsync($"/api/contracts?learnerId={danielId}")).ReadAs<Page<Contract>>()).Items);
        Assert.Single((await (await hr.Http.GetAsync($"/api/contracts/{contract.Id}/ideas")).ReadAs<Page<IdeaSummary>>()).Items);
        Assert.Single((await hr.ScheduleAsync(contract.Id)).Reviews, review => review.Status == "Held");
    }
}
