namespace WbL.Modules.ProgressReviews;

/// <summary>The dates a contract's terms ask for: the first review, then one every cadence weeks up to the end date.</summary>
internal static class ReviewSchedule
{
    /// <summary>A guard against a schedule no one could keep (ten years of weekly reviews); the contract's own rules keep far below it.</summary>
    public const int MostReviews = 520;

    public static IReadOnlyList<DateOnly> Dates(DateOnly firstReviewOn, int cadenceWeeks, DateOnly endDate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cadenceWeeks, 1);
        var dates = new List<DateOnly>();
        for (var date = firstReviewOn; date <= endDate && dates.Count < MostReviews; date = date.AddDays(7 * cadenceWeeks))
        {
            dates.Add(date);
        }
        return dates;
    }

    /// <summary>Hours of study the contract allows between two dates, to one decimal place.</summary>
    public static decimal AllowedHours(decimal hoursPerWeek, DateOnly from, DateOnly to) =>
        to <= from ? 0m : Math.Round(hoursPerWeek * (to.DayNumber - from.DayNumber) / 7m, 1, MidpointRounding.AwayFromZero);
}
