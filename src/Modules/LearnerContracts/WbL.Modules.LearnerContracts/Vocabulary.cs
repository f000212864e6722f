namespace WbL.Modules.LearnerContracts;

/// <summary>draft → proposed → agreed → active → completed | withdrawn.</summary>
internal static class ContractStatuses
{
    public const string Draft = "Draft";
    public const string Proposed = "Proposed";
    public const string Agreed = "Agreed";
    public const string Active = "Active";
    public const string Completed = "Completed";
    public const string Withdrawn = "Withdrawn";

    public static readonly IReadOnlyList<string> All = [Draft, Proposed, Agreed, Active, Completed, Withdrawn];
}

/// <summary>A version is drafted, proposed, agreed (both signed) and later superseded by an agreed amendment.</summary>
internal static class VersionStatuses
{
    public const string Draft = "Draft";
    public const string Proposed = "Proposed";
    public const string Agreed = "Agreed";
    public const string Superseded = "Superseded";
}

/// <summary>What the manager commits to doing to support the learning.</summary>
internal static class SupportCommitments
{
    public static readonly IReadOnlyList<string> All =
        ["StudyTime", "ConsultationOnWorkProjects", "ActAsMentor", "AttendProgramme", "AttendFormalEvents", "ChampionIdeas"];
}

internal static class RecordTypes
{
    public const string Contract = WbL.Modules.LearnerContracts.Contracts.ContractRecord.Type;
    public const string DevelopmentNeed = "DevelopmentNeed";
}
