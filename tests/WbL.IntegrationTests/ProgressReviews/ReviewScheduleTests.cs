using WbL.IntegrationTests.Infrastructure;

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
    }
}
