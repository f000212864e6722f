using WbL.Modules.Insights.Calendar;
using WbL.Modules.Insights.Reminders;
using WbL.SharedKernel.Insights;

namespace WbL.UnitTests.Insights;

public sealed class ReminderPlanTests
{
    private static readonly Guid Learner = Guid.NewGuid();

    private static ReminderItem Item(string key, ReminderState state, Guid? recipient = null) =>
        new(recipient ?? Learner, key, state, "Title", "/link", new DateOnly(2026, 12, 14));

    [Fact]
    public void One_reminder_is_offered_per_recipient_item_and_state_whatever_the_sources_repeat()
    {
        var other = Guid.NewGuid();

        var items = ReminderPlan.Distinct([
            Item("progress-review:1", ReminderState.Due),
            Item("progress-review:1", ReminderState.Due),
            Item("progress-review:1", ReminderState.Overdue),
            Item("progress-review:1", ReminderState.Due, other),
            Item("progress-review:1", ReminderState.Due, Guid.Empty),
            Item(" ", ReminderState.Due),
        ]);

        Assert.Equal(3, items.Count);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void A_failed_email_is_tried_again_up_to_ten_times(int attempts, bool tried) =>
        Assert.Equal(tried, ReminderPlan.ShouldTryEmail(attempts));

    [Fact]
    public void Long_text_is_cut_to_its_column_with_an_ellipsis()
    {
        Assert.Equal("short", ReminderPlan.Fit("short", 10));
        Assert.Equal(10, ReminderPlan.Fit(new string('x', 50), 10).Length);
    }

    [Fact]
    public void A_feed_token_is_url_safe_random_and_stored_only_as_its_hash()
    {
        var token = CalendarFeedTokens.New();

        Assert.True(CalendarFeedTokens.LooksValid(token));
        Assert.NotEqual(token, CalendarFeedTokens.New());
        Assert.Equal(64, CalendarFeedTokens.Hash(token).Length);
        Assert.DoesNotContain(token, CalendarFeedTokens.Hash(token), StringComparison.Ordinal);
        Assert.False(CalendarFeedTokens.LooksValid("../../etc/passwd"));
        Assert.False(CalendarFeedTokens.LooksValid(token[..^1]));
        Assert.False(CalendarFeedTokens.LooksValid(null));
    }

    [Fact]
    public void The_calendar_has_one_all_day_event_per_uid_with_an_absolute_link()
    {
        CalendarEntry[] entries =
        [
            new("progress-review-1@wbl", "Progress review", new DateOnly(2026, 12, 14), "/progress-reviews/1", null),
            new("progress-review-1@wbl", "Progress review", new DateOnly(2026, 12, 14), "/progress-reviews/1", null),
        ];

        var ics = IcsCalendar.Write(entries, link => "https://wbl.example" + link, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var calendar = Ical.Net.Calendar.Load(ics)!;

        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal("progress-review-1@wbl", calendarEvent.Uid);
        Assert.False(calendarEvent.DtStart!.HasTime);
        Assert.Equal(new DateTime(2026, 12, 14), calendarEvent.DtStart.Value);
        Assert.Equal("https://wbl.example/progress-reviews/1", calendarEvent.Url!.ToString());
    }
}
