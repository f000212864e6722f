namespace WbL.Modules.ImpactReviews;

/// <summary>
/// When an impact review may be recorded: not before one month after the learning finished (too early to
/// see transfer to the job), due up to and including the day three months after it, overdue from the day
/// after. Months are calendar months as <see cref="DateOnly.AddMonths"/> counts them, so a day the target
/// month lacks becomes its last day: 31 January + 1 month is 28 February (29 in a leap year).
/// </summary>
internal static class ImpactWindow
{
    public const int OpensAfterMonths = 1;
    public const int ClosesAfterMonths = 3;

    /// <summary>The first day the review can be recorded.</summary>
    public static DateOnly OpensOn(DateOnly learningCompletedOn) => learningCompletedOn.AddMonths(OpensAfterMonths);

    /// <summary>The last day the review is due; from the next day it is overdue.</summary>
    public static DateOnly ClosesOn(DateOnly learningCompletedOn) => learningCompletedOn.AddMonths(ClosesAfterMonths);

    public static string StatusOn(DateOnly today, DateOnly opensOn, DateOnly closesOn, bool recorded) =>
        recorded ? ImpactReviewStatuses.Completed
        : today < opensOn ? ImpactReviewStatuses.Pending
        : today <= closesOn ? ImpactReviewStatuses.Due
        : ImpactReviewStatuses.Overdue;

    /// <summary>Recorded after the window closed: still accepted, but marked late.</summary>
    public static bool IsLate(DateOnly recordedOn, DateOnly closesOn) => recordedOn > closesOn;
}
