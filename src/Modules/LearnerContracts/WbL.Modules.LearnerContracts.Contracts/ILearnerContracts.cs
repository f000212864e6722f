namespace WbL.Modules.LearnerContracts.Contracts;

/// <summary>
/// A contract as other modules may see it: who it binds and the terms in force (the last version
/// both signed). Null terms mean nothing has been agreed yet.
/// </summary>
public sealed record ContractSummary(
    Guid Id,
    Guid NeedId,
    Guid LearnerId,
    Guid ManagerId,
    string Status,
    string SolutionDescription,
    DateOnly? CompletedOn,
    AgreedTerms? InForce);

/// <summary>The parts of the signed terms that progress and impact reviews work from.</summary>
public sealed record AgreedTerms(
    int VersionNumber,
    IReadOnlyList<string> LearningOutcomes,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal HoursPerWeek,
    int StudyDays,
    int ReviewCadenceWeeks,
    DateOnly FirstReviewOn,
    Guid? MentorId,
    decimal Cost,
    string MeasureName,
    string MeasureUnit,
    decimal BaselineValue,
    DateOnly BaselineDate);

/// <summary>What other modules may read about learner contracts.</summary>
public interface ILearnerContracts
{
    ValueTask<ContractSummary?> FindAsync(Guid contractId, CancellationToken cancellationToken);

    /// <summary>The contracts whose terms in force name the person as mentor.</summary>
    ValueTask<IReadOnlyList<Guid>> MentoredByAsync(Guid mentorId, CancellationToken cancellationToken);
}

/// <summary>Contract statuses as other modules compare them.</summary>
public static class ContractStatus
{
    public const string Active = "Active";
    public const string Completed = "Completed";
    public const string Withdrawn = "Withdrawn";
}

/// <summary>
/// The record type under which the authorization behavior resolves a contract's learner (and its
/// mentors), for requests of other modules that hang off a contract.
/// </summary>
public static class ContractRecord
{
    public const string Type = "LearnerContract";
}
