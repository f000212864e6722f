namespace WbL.Modules.ImpactReviews;

/// <summary>What is stored: a review is open until the manager records it, which closes it for both sides.</summary>
internal static class StoredStatuses
{
    public const string Open = "Open";
    public const string Completed = "Completed";
}

/// <summary>
/// What everyone sees, worked out from the stored state and today: an open review is pending before its
/// window opens, due inside it and overdue after it.
/// </summary>
internal static class ImpactReviewStatuses
{
    public const string Pending = "Pending";
    public const string Due = "Due";
    public const string Overdue = "Overdue";
    public const string Completed = "Completed";

    public static readonly IReadOnlyList<string> All = [Pending, Due, Overdue, Completed];

    /// <summary>"due" → "Due"; null for anything that is not a status.</summary>
    public static string? Parse(string? text) =>
        All.FirstOrDefault(status => string.Equals(status, text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Phillips' ways of isolating the effect of the learning from everything else that changed.</summary>
internal static class IsolationMethods
{
    public const string ControlGroup = "ControlGroup";
    public const string TrendLine = "TrendLine";
    public const string Estimate = "Estimate";

    public static readonly IReadOnlyList<string> All = [ControlGroup, TrendLine, Estimate];
}

internal static class RecordTypes
{
    public const string ImpactReview = "ImpactReview";
}
