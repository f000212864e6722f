namespace WbL.Modules.NeedsIdentification;

internal static class Priorities
{
    public const string Low = "Low";
    public const string Medium = "Medium";
    public const string High = "High";
    public const string Critical = "Critical";

    public static readonly IReadOnlyList<string> All = [Low, Medium, High, Critical];
}

internal static class NeedOrigins
{
    public const string BusinessRequirement = "BusinessRequirement";
    public const string PerformanceGap = "PerformanceGap";
    public const string PersonalAspiration = "PersonalAspiration";

    public static readonly IReadOnlyList<string> All = [BusinessRequirement, PerformanceGap, PersonalAspiration];
}

/// <summary>A need moves identified → solution selected → contracted → in progress → completed → impact reviewed, or is cancelled.</summary>
internal static class NeedStatuses
{
    /// <summary>Proposed by the learner as a personal aspiration; waits for the manager to confirm it.</summary>
    public const string Proposed = "Proposed";
    public const string Identified = "Identified";
    public const string SolutionSelected = "SolutionSelected";
    public const string Contracted = "Contracted";
    public const string InProgress = "InProgress";
    public const string Completed = "Completed";
    public const string ImpactReviewed = "ImpactReviewed";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlyList<string> All = [Proposed, Identified, SolutionSelected, Contracted, InProgress, Completed, ImpactReviewed, Cancelled];

    /// <summary>Still to be learned: the states a manager works on and a team page counts.</summary>
    public static readonly IReadOnlyList<string> Open = [Proposed, Identified, SolutionSelected, Contracted, InProgress];

    public static bool IsOpen(string status) => Open.Contains(status);
}

internal static class DiscussionKinds
{
    public const string OneToOne = "OneToOne";
    public const string Appraisal = "Appraisal";
    public const string SixMonthReview = "SixMonthReview";

    public static readonly IReadOnlyList<string> All = [OneToOne, Appraisal, SixMonthReview];
}

internal static class BusinessNeedStatuses
{
    public const string Open = "Open";
    public const string Achieved = "Achieved";
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All = [Open, Achieved, Closed];
}

internal static class RecordTypes
{
    public const string DevelopmentNeed = "DevelopmentNeed";
    public const string Discussion = "Discussion";
}
