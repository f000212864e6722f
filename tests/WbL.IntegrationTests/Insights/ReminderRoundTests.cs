using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.ProgressReviews;
using WbL.Modules.Insights.Reminders;

namespace WbL.IntegrationTests.Insights;

/// <summary>Every test moves its clock, so each has an app, a database and an SMTP server of its own.</summary>
public sealed class ReminderRoundTests
{
    [Fact]
    public async Task A_review_due_then_overdue_reminds_learner_and_manager_once_per_state_however_many_rounds_run()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();
        var first = await active.FirstReviewAsync();

        await factory.RoundAsync();
        Assert.Empty(await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/"));

        // The first review, on 2026-12-14, is due from a week before.
        factory.Today(2026, 12, 8);
        var dueRound = await factory.RoundAsync();
        await factory.RoundAsync();
        Assert.Equal(2, dueRound.Created);
        var learnerDue = Assert.Single(await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/"));
        Assert.Equal(("Due", $"/progress-reviews/{first.Id}", new DateOnly(2026, 12, 14)), (learnerDue.State, learnerDue.Link, learnerDue.DueOn));
        var managerDue = Assert.Single(await factory.NotificationsOfAsync(active.Line.Manager, "/progress-reviews/"));
        Assert.Contains(active.Line.Report.DisplayName, managerDue.Title, StringComparison.Ordinal);

        factory.Today(2026, 12, 15);
        await factory.RoundAsync();
        factory.Today(2026, 12, 16);
        await factory.RoundAsync();
        var learner = await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/");
        Assert.Equal(["Overdue", "Due"], learner.Select(notification => notification.State));
        Assert.Equal(2, (await factory.NotificationsOfAsync(active.Line.Manager, "/progress-reviews/")).Length);
        // Nobody else in the line hears of it.
        Assert.Empty((await factory.NotificationPageOfAsync(active.Line.Colleague)).Items);
    }

    [Fact]
    public async Task Two_instances_racing_create_each_reminder_once()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();
        factory.Today(2026, 12, 8);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(index => Task.Run(() => factory.RoundAsync($"instance-{index}"))));

        Assert.Equal(2, results.Sum(result => result.Created));
        Assert.Single(await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/"));
        Assert.Single(await factory.NotificationsOfAsync(active.Line.Manager, "/progress-reviews/"));
        // Each reminder was e-mailed once, whoever ran the round.
        Assert.Equal(2, factory.Smtp.Received.Count);
    }

    [Fact]
    public async Task A_held_lease_keeps_other_instances_out_until_it_lapses_or_is_released()
    {
        using var factory = new ReminderFactory();
        await factory.ActiveContractAsync();
        factory.Today(2026, 12, 8);
        var settings = factory.Services.GetRequiredService<ReminderSettings>();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseLease>().TryAcquireAsync(ReminderSettings.LeaseName, "crashed", settings.LeaseDuration, CancellationToken.None));
        }

        Assert.False((await factory.RoundAsync("other")).Ran);
        factory.Clock.Advance(settings.LeaseDuration - TimeSpan.FromSeconds(1));
        Assert.False((await factory.RoundAsync("other")).Ran);

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var taken = await factory.RoundAsync("other");
        Assert.True(taken.Ran);
        Assert.Equal(2, taken.Created);
        // The round released its lease, so the next instance runs at once.
        Assert.True((await factory.RoundAsync("third")).Ran);
    }

    [Fact]
    public async Task Each_new_reminder_is_emailed_through_the_smtp_server_once_with_its_link_and_a_refused_one_is_retried()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();
        var first = await active.FirstReviewAsync();
        factory.Today(2026, 12, 8);
        factory.Smtp.Refusing = true;

        var refused = await factory.RoundAsync();
        Assert.Equal((2, 0, 2), (refused.Created, refused.Emailed, refused.EmailFailed));
        Assert.Empty(factory.Smtp.Received);
        Assert.Null(Assert.Single(await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/")).EmailedAt);

        factory.Smtp.Refusing = false;
        var retried = await factory.RoundAsync();
        await factory.RoundAsync();

        Assert.Equal((0, 2), (retried.Created, retried.Emailed));
        Assert.Equal(2, factory.Smtp.Received.Count);
        var toLearner = Assert.Single(factory.Smtp.Received, message => message.To.Mailboxes.Single().Address == active.Line.Report.Email);
        Assert.Equal("reminders@wbl.example", toLearner.From.Mailboxes.Single().Address);
        Assert.Equal("Your progress review is due on 14 December 2026", toLearner.Subject);
        Assert.Contains($"{ReminderFactory.PublicUrl}/progress-reviews/{first.Id}", toLearner.TextBody, StringComparison.Ordinal);
        Assert.Single(factory.Smtp.Received, message => message.To.Mailboxes.Single().Address == active.Line.Manager.Email);
        Assert.NotNull(Assert.Single(await factory.NotificationsOfAsync(active.Line.Report, "/progress-reviews/")).EmailedAt);
    }

    [Fact]
    public async Task An_impact_review_reminds_its_manager_when_its_window_is_open_and_again_once_it_is_overdue()
    {
        using var factory = new ReminderFactory();
        // Completed on 2026-09-01: the window is 2026-10-01 to 2026-12-01, so it is due on the factory's today.
        var completed = await factory.CompletedContractAsync("2026-09-01");

        await factory.RoundAsync();
        var due = Assert.Single(await factory.NotificationsOfAsync(completed.Line.Manager, "/impact-reviews/"));
        Assert.Equal(("Due", $"/impact-reviews/{completed.Review.Id}", new DateOnly(2026, 12, 1)), (due.State, due.Link, due.DueOn));
        Assert.Empty(await factory.NotificationsOfAsync(completed.Line.Report, "/impact-reviews/"));

        factory.Today(2026, 12, 2);
        await factory.RoundAsync();
        await factory.RoundAsync();
        Assert.Equal(["Overdue", "Due"], (await factory.NotificationsOfAsync(completed.Line.Manager, "/impact-reviews/")).Select(notification => notification.State));
    }
}
