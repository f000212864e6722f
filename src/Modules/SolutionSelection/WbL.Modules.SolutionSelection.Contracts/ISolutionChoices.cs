namespace WbL.Modules.SolutionSelection.Contracts;

/// <summary>
/// The option chosen for a need, as a learning contract takes it over. An action learning set
/// option may name the set the learner is to join.
/// </summary>
public sealed record SelectedSolution(
    Guid OptionId,
    Guid NeedId,
    string SolutionType,
    string SolutionTypeName,
    string Description,
    string? OfferingTitle,
    string? ProviderName,
    decimal? Cost,
    decimal? HoursAway,
    Guid? LearningSetId);

public interface ISolutionChoices
{
    /// <summary>The need's selected option, or null while none is selected.</summary>
    ValueTask<SelectedSolution?> FindSelectedAsync(Guid needId, CancellationToken cancellationToken);

    /// <summary>The selected options of all the learner's needs.</summary>
    ValueTask<IReadOnlyList<SelectedSolution>> SelectedForLearnerAsync(Guid learnerId, CancellationToken cancellationToken);
}
