namespace WbL.SharedKernel.Insights;

/// <summary>
/// A module's plain facts about its own records for HR reports. Insights joins and aggregates the facts of every
/// module in memory (docs/adr/0010); a module registers one source per kind of fact it owns. Facts carry ids,
/// codes, dates and figures, never the titles of development records, so that no report can name a private
/// aspiration.
/// </summary>
public interface IReportFacts<TFact>
{
    ValueTask<IReadOnlyList<TFact>> FactsAsync(CancellationToken cancellationToken);
}

/// <summary>An individual development need. <paramref name="Origin"/> is the need's origin code (BusinessRequirement, PerformanceGap, PersonalAspiration).</summary>
public sealed record NeedFact(Guid NeedId, Guid LearnerId, string Origin, bool IsPrivate, string Status, DateOnly RaisedOn);

/// <summary>A solution type in HR's order.</summary>
public sealed record SolutionTypeFact(string Code, string Name, int Position);

/// <summary>A solution option chosen for a need, with the provider of its offering when it names one.</summary>
public sealed record SelectedOptionFact(
    Guid OptionId, Guid NeedId, Guid LearnerId, string SolutionType, Guid? ProviderId, string? ProviderName, decimal? Cost, DateOnly SelectedOn);

/// <summary>
/// A learner contract. <paramref name="Agreed"/> says both signed a version at some point; <paramref name="Cost"/> and
/// <paramref name="StartDate"/> are those of the version in force (null before one was agreed).
/// </summary>
public sealed record ContractFact(
    Guid ContractId, Guid NeedId, Guid LearnerId, Guid OptionId, string SolutionType, string Status, bool Agreed,
    decimal? Cost, DateOnly? StartDate, DateOnly? CompletedOn);

/// <summary>A scheduled progress review. <paramref name="Status"/> is Scheduled, Held or Cancelled.</summary>
public sealed record ProgressReviewFact(Guid ReviewId, Guid ContractId, Guid LearnerId, DateOnly ScheduledOn, string Status, DateOnly? HeldOn);

/// <summary>An impact review with the figures the server worked out; only completed reviews report results.</summary>
public sealed record ImpactFact(
    Guid ReviewId, Guid ContractId, Guid LearnerId, bool Completed, DateOnly? CompletedOn, decimal? RoiPercent, decimal? BenefitCostRatio,
    int? TransferRating, int? ReactionRating);
