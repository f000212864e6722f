using WbL.Modules.ProgressReviews;

namespace WbL.UnitTests.ProgressReviews;

public sealed class ReviewScheduleTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Reviews_run_from_the_first_date_every_cadence_weeks_up_to_and_including_the_end_date()
    {
        var dates = ReviewSchedule.Dates(Day("2026-12-14"), 4, Day("2027-02-08"));

        Assert.Equal([Day("2026-12-14"), Day("2027-01-11"), Day("2027-02-08")], dates);
    }

    [Fact]
    public void A_first_review_on_the_end_date_is_the_only_one()
    {
        Assert.Equal([Day("2027-03-31")], ReviewSchedule.Dates(Day("2027-03-31"), 2, Day("2027-03-31")));
    }

    [Fact]
    public void A_first_review_after_the_end_date_gives_no_reviews()
    {
        Assert.Empty(ReviewSchedule.Dates(Day("2027-04-01"), 2, Day("2027-03-31")));
    }

    [Fact]
    public void Weekly_reviews_cross_the_end_of_february_in_a_leap_year_on_the_same_weekday()
    {
        var dates = ReviewSchedule.Dates(Day("2028-02-22"), 1, Day("2028-03-14"));

        Assert.Equal([Day("2028-02-22"), Day("2028-02-29"), Day("2028-03-07"), Day("2028-03-14")], dates);
        Assert.All(dates, date => Assert.Equal(DayOfWeek.Tuesday, date.DayOfWeek));
    }

    [Fact]
    public void Weekly_reviews_cross_the_end_of_february_in_a_common_year()
    {
        Assert.Equal([Day("2027-02-22"), Day("2027-03-01")], ReviewSchedule.Dates(Day("2027-02-22"), 1, Day("2027-03-07")));
    }

    [Fact]
    public void A_first_review_on_a_month_end_is_not_pinned_to_later_month_ends()
    {
        // Week-based cadence: 31 January, then four weeks later 28 February, then 28 March — never "the last day of each month".
        var dates = ReviewSchedule.Dates(Day("2027-01-31"), 4, Day("2027-04-30"));

        Assert.Equal([Day("2027-01-31"), Day("2027-02-28"), Day("2027-03-28"), Day("2027-04-25")], dates);
    }

    [Fact]
    public void The_schedule_crosses_the_year_end()
    {
        Assert.Equal([Day("2026-12-28"), Day("2027-01-11")], ReviewSchedule.Dates(Day("2026-12-28"), 2, Day("2027-01-24")));
    }

    [Fact]
    public void A_cadence_below_one_week_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.Dates(Day("2027-01-01"), 0, Day("2027-02-01")));
    }

    [Fact]
    public void An_endless_schedule_is_capped()
    {
        Assert.Equal(ReviewSchedule.MostReviews, ReviewSchedule.Dates(Day("2026-01-01"), 1, Day("2099-12-31")).Count);
    }

    [Theory]
    [InlineData(3.5, "2026-11-02", "2026-11-16", 7.0)]
    [InlineData(2, "2026-11-02", "2026-11-05", 0.9)]
    [InlineData(2, "2026-11-02", "2026-11-02", 0)]
    [InlineData(2, "2026-11-10", "2026-11-02", 0)]
    [InlineData(1.5, "2028-02-01", "2028-03-01", 6.2)]
    public void The_time_allowed_is_the_weekly_hours_over_the_days_between_rounded_to_a_tenth(decimal hoursPerWeek, string from, string to, decimal expected)
    {
        Assert.Equal(expected, ReviewSchedule.AllowedHours(hoursPerWeek, Day(from), Day(to)));
    }
}

public sealed class ReviewStatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Theory]
    [InlineData("2026-11-01", "Overdue")]
    [InlineData("2026-11-02", "Due")]
    [InlineData("2026-11-09", "Due")]
    [InlineData("2026-11-10", "Upcoming")]
    public void A_scheduled_review_is_overdue_once_its_date_has_passed_and_due_within_a_week(string scheduledOn, string expected)
    {
        Assert.Equal(expected, ReviewStates.Of(ReviewStatuses.Scheduled, DateOnly.Parse(scheduledOn, System.Globalization.CultureInfo.InvariantCulture), Today));
    }

    [Fact]
    public void Held_and_cancelled_reviews_are_never_overdue()
    {
        Assert.Equal("Held", ReviewStates.Of(ReviewStatuses.Held, Today.AddDays(-30), Today));
        Assert.Equal("Cancelled", ReviewStates.Of(ReviewStatuses.Cancelled, Today.AddDays(-30), Today));
    }
}
