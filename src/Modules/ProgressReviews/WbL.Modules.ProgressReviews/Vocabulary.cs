namespace WbL.Modules.ProgressReviews;

/// <summary>What is stored: a review is scheduled until the manager records it as held, or cancelled when the contract no longer needs it.</summary>
internal static class ReviewStatuses
{
    public const string Scheduled = "Scheduled";
    public const string Held = "Held";
    public const string Cancelled = "Cancelled";
}

/// <summary>What both sides see: a scheduled review is upcoming, due within a week, or overdue once its date has passed.</summary>
internal static class ReviewStates
{
    public const string Upcoming = "Upcoming";
    public const string Due = "Due";
    public const string Overdue = "Overdue";
    public const string Held = "Held";
    public const string Cancelled = "Cancelled";

    public const int DueWithinDays = 7;

    public static string Of(string status, DateOnly scheduledOn, DateOnly today) => status switch
    {
        ReviewStatuses.Held => Held,
        ReviewStatuses.Cancelled => Cancelled,
        _ when scheduledOn < today => Overdue,
        _ when scheduledOn <= today.AddDays(DueWithinDays) => Due,
        _ => Upcoming,
    };
}

/// <summary>Progress on one learning outcome.</summary>
internal static class OutcomeRatings
{
    public static readonly IReadOnlyList<string> All = ["NotStarted", "Progressing", "Achieved"];
}

/// <summary>The manager's overall reading of the learning at a review.</summary>
internal static class OverallStatuses
{
    public static readonly IReadOnlyList<string> All = ["OnTrack", "AtRisk", "OffTrack"];
}

/// <summary>An idea is open until the manager champions it, reports it implemented, or declines it with a reason.</summary>
internal static class IdeaStatuses
{
    public const string Open = "Open";
    public const string Championed = "Championed";
    public const string Implemented = "Implemented";
    public const string Declined = "Declined";

    /// <summary>The decisions a manager may send.</summary>
    public static readonly IReadOnlyList<string> Decisions = [Championed, Implemented, Declined];

    /// <summary>An idea nobody answered within this many days is overdue for the manager.</summary>
    public const int AnswerWithinDays = 14;

    /// <summary>An open idea takes any decision; a championed one can still be implemented or declined; the other two are final.</summary>
    public static bool Answerable(string status) => status is Open or Championed;

    public static bool CanMove(string from, string to) => from switch
    {
        Open => Decisions.Contains(to),
        Championed => to is Implemented or Declined,
        _ => false,
    };
}

internal static class RecordTypes
{
    public const string ProgressReview = "ProgressReview";
    public const string Idea = "Idea";
    public const string EvidenceFile = "EvidenceFile";
}
