using WbL.Modules.ImpactReviews;

namespace WbL.UnitTests.ImpactReviews;

public sealed class ImpactWindowTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_window_opens_one_calendar_month_and_closes_three_calendar_months_after_the_learning_finished()
    {
        Assert.Equal(Day("2027-01-10"), ImpactWindow.OpensOn(Day("2026-12-10")));
        Assert.Equal(Day("2027-03-10"), ImpactWindow.ClosesOn(Day("2026-12-10")));
    }

    [Theory]
    [InlineData("2027-01-31", "2027-02-28", "2027-04-30")]
    [InlineData("2028-01-31", "2028-02-29", "2028-04-30")]
    [InlineData("2028-01-30", "2028-02-29", "2028-04-30")]
    [InlineData("2026-11-30", "2026-12-30", "2027-02-28")]
    [InlineData("2027-11-30", "2027-12-30", "2028-02-29")]
    [InlineData("2027-12-31", "2028-01-31", "2028-03-31")]
    [InlineData("2028-02-29", "2028-03-29", "2028-05-29")]
    public void A_day_the_target_month_lacks_becomes_that_months_last_day(string completedOn, string opensOn, string closesOn)
    {
        Assert.Equal(Day(opensOn), ImpactWindow.OpensOn(Day(completedOn)));
        Assert.Equal(Day(closesOn), ImpactWindow.ClosesOn(Day(completedOn)));
    }

    [Theory]
    [InlineData("2027-01-09", "Pending")]
    [InlineData("2027-01-10", "Due")]
    [InlineData("2027-02-20", "Due")]
    [InlineData("2027-03-10", "Due")]
    [InlineData("2027-03-11", "Overdue")]
    [InlineData("2028-01-01", "Overdue")]
    public void An_open_review_is_pending_before_the_window_due_on_its_first_and_last_day_and_overdue_the_day_after(string today, string status)
    {
        var completedOn = Day("2026-12-10");

        Assert.Equal(status, ImpactWindow.StatusOn(Day(today), ImpactWindow.OpensOn(completedOn), ImpactWindow.ClosesOn(completedOn), recorded: false));
    }

    [Theory]
    [InlineData("2027-01-09")]
    [InlineData("2027-02-01")]
    [InlineData("2027-05-01")]
    public void A_recorded_review_is_completed_whatever_the_date(string today)
    {
        Assert.Equal("Completed", ImpactWindow.StatusOn(Day(today), Day("2027-01-10"), Day("2027-03-10"), recorded: true));
    }

    [Theory]
    [InlineData("2027-01-10", false)]
    [InlineData("2027-03-10", false)]
    [InlineData("2027-03-11", true)]
    public void Recording_after_the_last_due_day_is_late(string recordedOn, bool late)
    {
        Assert.Equal(late, ImpactWindow.IsLate(Day(recordedOn), Day("2027-03-10")));
    }

    [Fact]
    public void The_leap_day_window_is_due_from_the_twenty_ninth_of_february()
    {
        var completedOn = Day("2028-01-31");
        var opensOn = ImpactWindow.OpensOn(completedOn);
        var closesOn = ImpactWindow.ClosesOn(completedOn);

        Assert.Equal("Pending", ImpactWindow.StatusOn(Day("2028-02-28"), opensOn, closesOn, recorded: false));
        Assert.Equal("Due", ImpactWindow.StatusOn(Day("2028-02-29"), opensOn, closesOn, recorded: false));
        Assert.Equal("Due", ImpactWindow.StatusOn(Day("2028-04-30"), opensOn, closesOn, recorded: false));
        Assert.Equal("Overdue", ImpactWindow.StatusOn(Day("2028-05-01"), opensOn, closesOn, recorded: false));
    }
}
