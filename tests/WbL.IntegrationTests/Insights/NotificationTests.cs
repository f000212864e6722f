using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.ProgressReviews;

namespace WbL.IntegrationTests.Insights;

public sealed class NotificationTests
{
    [Fact]
    public async Task A_person_pages_their_notifications_newest_first_and_marks_one_read_but_cannot_touch_anyone_elses()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();
        factory.Today(2026, 12, 8);
        await factory.RoundAsync();
        factory.Today(2026, 12, 15);
        await factory.RoundAsync();
        var report = await factory.SignInAsync(active.Line.Report.Email);
        var manager = await factory.SignInAsync(active.Line.Manager.Email);
        var mentor = await factory.SignInAsync(active.Line.OtherManager.Email);

        var all = await report.NotificationsAsync();
        Assert.Equal((2, 2), (all.Items.Length, all.Unread));
        var firstPage = await report.NotificationsAsync("?limit=1");
        Assert.Equal("Overdue", Assert.Single(firstPage.Items).State);
        var secondPage = await report.NotificationsAsync($"?limit=1&after={firstPage.Next}");
        Assert.Equal("Due", Assert.Single(secondPage.Items).State);
        Assert.Null(secondPage.Next);

        var read = await (await report.Http.PostAsync($"/api/me/notifications/{firstPage.Items[0].Id}/read", null)).ReadAs<Notification>();
        Assert.NotNull(read.ReadAt);
        await (await report.Http.PostAsync($"/api/me/notifications/{firstPage.Items[0].Id}/read", null)).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal(1, (await report.NotificationsAsync()).Unread);

        // The manager's reminder about the same review is not the learner's to read, and no one else's either.
        var managers = await manager.NotificationsAsync();
        await (await report.Http.PostAsync($"/api/me/notifications/{managers.Items[0].Id}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await mentor.Http.PostAsync($"/api/me/notifications/{managers.Items[0].Id}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await report.Http.PostAsync($"/api/me/notifications/{Guid.NewGuid()}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(2, (await manager.NotificationsAsync()).Unread);
    }

    [Fact]
    public async Task Bad_paging_is_a_400_with_field_errors()
    {
        using var factory = new ReminderFactory();
        var admin = await factory.SignInAsAdminAsync();

        var errors = await (await admin.Http.GetAsync("/api/me/notifications?limit=0&after=nonsense")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains("limit", errors.Keys);
        Assert.Contains("after", errors.Keys);
    }
}
