using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ImpactReviews;

/// <summary>Moves its factory's clock forward (it cannot go back), so it has a factory of its own.</summary>
public sealed class ImpactReviewDueStateTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_review_is_pending_for_a_month_due_until_three_months_and_then_overdue_for_hr_and_late_when_recorded()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-11-02");
        var id = completed.Review.Id;
        Assert.Equal(("Pending", new DateOnly(2026, 12, 2), new DateOnly(2027, 2, 2)),
            (completed.Review.Status, completed.Review.WindowOpensOn, completed.Review.WindowClosesOn));

        // The day before the window opens: still pending. Sessions time out while the clock moves; sign in again each time.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var manager = await factory.SignInAsync(completed.Line.Manager.Email);
        Assert.Equal("Pending", (await manager.ImpactReviewAsync(id)).Status);

        // One month after: due, and recordable.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        manager = await factory.SignInAsync(completed.Line.Manager.Email);
        var opened = await manager.ImpactReviewAsync(id);
        Assert.Equal(("Due", true), (opened.Status, opened.Can.Record));
        Assert.Contains((await manager.ImpactReviewsAsync("?status=due")).Items, item => item.Id == id);

        // Three months after: the last day it is due.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 2, 23, 0, 0, TimeSpan.Zero));
        manager = await factory.SignInAsync(completed.Line.Manager.Email);
        Assert.Equal("Due", (await manager.ImpactReviewAsync(id)).Status);

        // The day after: overdue, and on HR's escalation list.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.Zero));
        var hr = await factory.SignInAsync(completed.Line.Hr.Email);
        var escalated = Assert.Single((await hr.ImpactReviewsAsync("?status=overdue")).Items, item => item.Id == id);
        Assert.Equal("Overdue", escalated.Status);
        Assert.DoesNotContain((await hr.ImpactReviewsAsync("?status=due")).Items, item => item.Id == id);

        // Still recordable, but late; the values are measured now, after the baseline and not in the future.
        manager = await factory.SignInAsync(completed.Line.Manager.Email);
        var recorded = await manager.PutImpactAsync(await manager.ImpactReviewAsync(id), manager: ImpactArrange.ManagerPart(valueNowOn: "2027-02-01")).ShouldGiveReviewAsync();
        Assert.Equal(("Completed", true), (recorded.Status, recorded.Late));
        var listed = Assert.Single((await hr.ImpactReviewsAsync("?status=completed")).Items, item => item.Id == id);
        Assert.True(listed.Late);
        Assert.DoesNotContain((await hr.ImpactReviewsAsync("?status=overdue")).Items, item => item.Id == id);
        await (await manager.PutImpactAsync(recorded, manager: ImpactArrange.ManagerPart())).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
    }
}
