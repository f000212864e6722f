namespace WbL.Modules.NeedsIdentification.Contracts;

/// <summary>A development need as other modules may see it.</summary>
public sealed record DevelopmentNeedSummary(
    Guid Id,
    Guid LearnerId,
    string Title,
    string Status,
    bool IsPrivate,
    IReadOnlyList<string> CompetencyTags,
    IReadOnlyList<string> LearningOutcomes);

/// <summary>
/// What other modules may read about development needs, and the status moves they report back
/// (a solution selected, a contract agreed…). Status moves are checked against the need's
/// current status, so a need never jumps backwards by accident.
/// </summary>
public interface IDevelopmentNeeds
{
    ValueTask<DevelopmentNeedSummary?> FindAsync(Guid needId, CancellationToken cancellationToken);

    /// <summary>Needs waiting for a solution (identified, none selected), not private, with their tags: the raw material of corporate programmes.</summary>
    ValueTask<IReadOnlyList<DevelopmentNeedSummary>> AwaitingSolutionAsync(CancellationToken cancellationToken);

    /// <summary>Moves the need to "solution selected" (from identified) and records who did it and why.</summary>
    ValueTask MarkSolutionSelectedAsync(Guid needId, Guid byPersonId, string note, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the need along with its learning contract; a move to where the need already is does nothing.
    /// Completing the learning also adds the need's competency tags to the learner's record of competencies.
    /// </summary>
    ValueTask MoveWithContractAsync(Guid needId, ContractStage stage, Guid byPersonId, string note, CancellationToken cancellationToken);

    /// <summary>Moves a completed need to "impact reviewed" once its impact review is recorded; a need already there stays.</summary>
    ValueTask MarkImpactReviewedAsync(Guid needId, Guid byPersonId, string note, CancellationToken cancellationToken);

    /// <summary>
    /// Records a second phase of development: a new identified need for the same learner that follows
    /// the original (same business need, origin, privacy, target role and competency tags). Field
    /// problems come back as validation errors keyed like the need's own fields (<c>title</c>,
    /// <c>learningOutcomes[0]</c>…). Returns the new need's id.
    /// </summary>
    ValueTask<Guid> CreateFollowOnAsync(FollowOnNeed need, Guid byPersonId, CancellationToken cancellationToken);
}

/// <summary>
/// What a second phase asks for. Performance improvement and priority are the original need's when
/// left out. Both needs' history records the link ("Second phase of …").
/// </summary>
public sealed record FollowOnNeed(
    Guid OriginalNeedId,
    Guid LearnerId,
    string? Title,
    IReadOnlyList<string>? LearningOutcomes,
    string? PerformanceImprovement,
    string? Priority);

/// <summary>Where a learning contract takes its need.</summary>
public enum ContractStage
{
    /// <summary>Both signed: solution selected → contracted.</summary>
    Agreed,

    /// <summary>Learning started: contracted → in progress.</summary>
    Active,

    /// <summary>Learning finished: contracted or in progress → completed.</summary>
    Completed,

    /// <summary>The contract was withdrawn: back to solution selected, ready for another contract.</summary>
    Withdrawn,
}
