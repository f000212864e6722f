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

    /// <summary>Moves the need along with its learning contract; a move to where the need already is does nothing.</summary>
    ValueTask MoveWithContractAsync(Guid needId, ContractStage stage, Guid byPersonId, string note, CancellationToken cancellationToken);
}

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
