using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ProgressReviews;

/// <summary>Moves its factory's clock forward (it cannot go back), so it has a factory of its own.</summary>
public sealed class ReviewCompletionTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Completing_the_contract_cancels_the_reviews_after_the_completion_date()
    {
        var active = await factory.ActiveContractAsync(mentor => ReviewArrange.Terms(mentor, cadenceWeeks: 1, firstReviewOn: "2026-11-02", end: "2026-11-30"));
        factory.Clock.Advance(TimeSpan.FromDays(14));
        // Two weeks on, the sessions have timed out.
        var manager = await factory.SignInAsync(active.Line.Manager.Email);
        var contract = await (await manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}")).ReadAs<LearnerContracts.Contract>();

        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/complete", new { completedOn = "2026-11-10", outcome = "Completed", contract.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var schedule = await manager.ScheduleAsync(contract.Id);
        Assert.Equal(
            [
                (new DateOnly(2026, 11, 2), "Overdue"),
                (new DateOnly(2026, 11, 9), "Overdue"),
                (new DateOnly(2026, 11, 16), "Cancelled"),
                (new DateOnly(2026, 11, 23), "Cancelled"),
                (new DateOnly(2026, 11, 30), "Cancelled"),
            ],
            schedule.Reviews.Select(review => (review.ScheduledOn, review.State)));
        // A review missed before the end can still be recorded.
        var missed = await manager.ReviewAsync(schedule.Reviews[1].Id);
        var recorded = await manager.PutReviewAsync(missed, manager: ReviewArrange.Recorded(heldOn: "2026-11-10")).ShouldSucceedAsync();
        Assert.Equal(("Held", new DateOnly(2026, 11, 10)), (recorded.State, recorded.HeldOn));
    }
}
