using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed class ReviewScheduleTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_contract_that_starts_when_both_have_signed_has_its_reviews_scheduled_at_once()
    {
        var active = await factory.ActiveContractAsync();

        var schedule = await active.Report.ScheduleAsync(active.Contract.Id);

        Assert.Equal("Active", schedule.ContractStatus);
        Assert.Equal([new DateOnly(2026, 12, 14), new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 8)], schedule.Reviews.Select(review => review.ScheduledOn));
        Assert.Equal([1, 2, 3], schedule.Reviews.Select(review => review.Sequence ?? 0));
        Assert.All(schedule.Reviews, review => Assert.Equal("Upcoming", review.State));
        Assert.Equal(new DateOnly(2026, 12, 14), schedule.NextReviewOn);
        var first = await active.Report.ReviewAsync(schedule.Reviews[0].Id);
        Assert.Equal(ReviewArrange.Outcomes, first.Outcomes.Select(outcome => outcome.Outcome));
    }

    [Fact]
    public async Task A_contract_agreed_to_start_later_has_no_reviews_until_it_starts()
    {
        var (_, manager, _, contract) = await factory.AgreedContractAsync(start: "2026-11-16");

        var schedule = await manager.ScheduleAsync(contract.Id);

        Assert.Equal("Agreed", schedule.ContractStatus);
        Assert.Empty(schedule.Reviews);
        Assert.Null(schedule.NextReviewOn);
    }

    [Fact]
    public async Task An_amendment_moves_the_reviews_still_to_come_and_never_a_held_one()
    {
        var active = await factory.ActiveContractAsync(mentor => ReviewArrange.Terms(mentor, cadenceWeeks: 2, firstReviewOn: "2026-11-02", end: "2026-12-31"));
        var first = await active.FirstReviewAsync();
        Assert.Equal(new DateOnly(2026, 11, 2), first.ScheduledOn);
        var held = await active.Manager.PutReviewAsync(first, manager: ReviewArrange.Recorded()).ShouldSucceedAsync();
        var draft = (await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews[1];
        await active.Report.PutReviewAsync(await active.Report.ReviewAsync(draft.Id), learner: new { reflection = "Started the reading list" }).ShouldSucceedAsync();

        // Reviews every 3 weeks from the start, to the end of January.
        await active.AmendAsync(ReviewArrange.Terms(active.Line.OtherManager.Id, cadenceWeeks: 3, firstReviewOn: "2026-11-02", end: "2027-01-31"));

        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);
        Assert.Equal(
            [
                (new DateOnly(2026, 11, 2), "Held"),
                (new DateOnly(2026, 11, 23), "Upcoming"),
                (new DateOnly(2026, 12, 14), "Upcoming"),
                (new DateOnly(2027, 1, 4), "Upcoming"),
                (new DateOnly(2027, 1, 25), "Upcoming"),
            ],
            schedule.Reviews.Where(review => review.Status != "Cancelled").Select(review => (review.ScheduledOn, review.State)));
        Assert.Equal(held.Version, schedule.Reviews[0].Version);
        // The review the learner had started keeps what they wrote, at its new date.
        var moved = await active.Report.ReviewAsync(draft.Id);
        Assert.Equal((new DateOnly(2026, 11, 23), "Started the reading list"), (moved.ScheduledOn, moved.Reflection));
    }

    [Fact]
    public async Task A_shorter_schedule_cancels_the_reviews_it_no_longer_needs()
    {
        var active = await factory.ActiveContractAsync();

        await active.AmendAsync(ReviewArrange.Terms(active.Line.OtherManager.Id, cadenceWeeks: 8, firstReviewOn: "2026-12-14", end: "2027-02-26"));

        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);
        Assert.Equal(
            [
                (new DateOnly(2026, 12, 14), "Scheduled", (int?)1),
                (new DateOnly(2027, 1, 11), "Cancelled", null),
                (new DateOnly(2027, 2, 8), "Scheduled", 2),
            ],
            schedule.Reviews.Select(review => (review.ScheduledOn, review.Status, review.Sequence)).OrderBy(review => review.ScheduledOn));
    }

    [Fact]
    public async Task Withdrawing_the_contract_cancels_every_review_not_held()
    {
        var active = await factory.ActiveContractAsync(mentor => ReviewArrange.Terms(mentor, cadenceWeeks: 4, firstReviewOn: "2026-11-02"));
        await active.Manager.PutReviewAsync(await active.FirstReviewAsync(), manager: ReviewArrange.Recorded()).ShouldSucceedAsync();
        var contract = await active.CurrentContractAsync();

        await (await active.Manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/withdraw", new { reason = "Moved to another team", contract.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var schedule = await active.Report.ScheduleAsync(contract.Id);
        Assert.Equal("Withdrawn", schedule.ContractStatus);
        Assert.Equal("Held", schedule.Reviews[0].Status);
        Assert.All(schedule.Reviews.Skip(1), review => Assert.Equal(("Cancelled", "The contract was withdrawn."), (review.State, review.CancelledReason)));
        var cancelled = await active.Manager.ReviewAsync(schedule.Reviews[1].Id);
        await (await active.Manager.PutReviewAsync(cancelled, manager: ReviewArrange.Recorded())).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
    }

    [Fact]
    public async Task Only_the_learner_their_line_HR_and_the_mentor_see_the_schedule()
    {
        var active = await factory.ActiveContractAsync();
        var line = active.Line;

        foreach (var reader in new[] { line.Director, line.Hr })
        {
            await (await (await factory.SignInAsync(reader.Email)).Http.GetAsync($"/api/contracts/{active.Contract.Id}/progress-reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        }
        await (await active.Mentor.Http.GetAsync($"/api/contracts/{active.Contract.Id}/progress-reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        foreach (var stranger in new[] { line.Colleague, line.Outsider })
        {
            await (await (await factory.SignInAsync(stranger.Email)).Http.GetAsync($"/api/contracts/{active.Contract.Id}/progress-reviews")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        await (await active.Manager.Http.GetAsync($"/api/contracts/{Guid.NewGuid()}/progress-reviews")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
