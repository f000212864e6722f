namespace WbL.Modules.SolutionSelection;

internal static class ProviderKinds
{
    public static readonly IReadOnlyList<string> All = ["FeCollege", "HeInstitution", "PrivateProvider", "ProfessionalBody", "InternalAcademy"];
}

internal static class DeliveryModes
{
    public static readonly IReadOnlyList<string> All = ["Classroom", "Online", "Blended", "Workplace"];
}

/// <summary>The one solution type whose options may name an action learning set to join.</summary>
internal static class SolutionTypeCodes
{
    public const string ActionLearningSet = "ActionLearningSet";

    /// <summary>Codes match case-insensitively, as the type list does on SQL Server.</summary>
    public static bool JoinsALearningSet(string? code) => string.Equals(code?.Trim(), ActionLearningSet, StringComparison.OrdinalIgnoreCase);
}

internal static class OptionStatuses
{
    public const string Proposed = "Proposed";
    public const string Selected = "Selected";
    public const string Rejected = "Rejected";
}

internal static class AdviceTopics
{
    public static readonly IReadOnlyList<string> All = ["PolicyImplications", "PreferredSuppliers", "SolutionResearch"];
}

internal static class AdviceStatuses
{
    public const string Open = "Open";
    public const string Answered = "Answered";

    public static readonly IReadOnlyList<string> All = [Open, Answered];
}

internal static class ProgrammeStatuses
{
    public static readonly IReadOnlyList<string> All = ["Proposed", "Procuring", "Running", "Completed"];
}

internal static class RecordTypes
{
    /// <summary>Resolved by the Needs identification module: options and advice are about a need, so about its learner.</summary>
    public const string DevelopmentNeed = "DevelopmentNeed";
    public const string SolutionOption = "SolutionOption";
    public const string AdviceRequest = "AdviceRequest";
}
