using WbL.IntegrationTests.Infrastructure;
namespace WbL.IntegrationTests.ProgressReviews;

/// <summary>Moves its factory's clock forward (it cannot go back), so it has a factory of its own.</summary>
public sealed class ReviewDueStateTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Due_and_overdue_follow_the_clock()
    {
        var active = await factory.ActiveContractAsync(mentor => ReviewArrange.Terms(mentor, cadenceWeeks: 1, firstReviewOn: "2026-11-02", end: "2026-11-16"));

        var states = (await active.Report.ScheduleAsync(active.Contract.Id)).Reviews.Select(review => review.State);

        // Today (2026-11-02) is due, a week ahead is still due, two weeks ahead is upcoming.
        Assert.Equal(["Due", "Due", "Upcoming"], states);
        factory.Clock.Advance(TimeSpan.FromDays(7));
        // On 2026-11-09 the first is overdue, the second due today, the third due in exactly a week. A week later the session has timed out; sign in again.
        var report = await factory.SignInAsync(active.Line.Report.Email);
        Assert.Equal(["Overdue", "Due", "Due"], (await report.ScheduleAsync(active.Contract.Id)).Reviews.Select(review => review.State));
    }
}
