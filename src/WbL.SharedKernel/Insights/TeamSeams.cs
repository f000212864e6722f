namespace WbL.SharedKernel.Insights;

/// <summary>
/// A module's figures about one person's development, for their manager's team dashboard. Each module fills
/// only what its own tables know and leaves the rest null; the dashboard merges the answers.
/// </summary>
public sealed record TeamFigures(Guid PersonId)
{
    /// <summary>Cost of the contracts in force (agreed, active or completed), in money.</summary>
    public decimal? BudgetCommitted { get; init; }

    public int? ContractsInForce { get; init; }

    /// <summary>Adjusted benefit (after attribution and confidence) of the recorded impact reviews.</summary>
    public decimal? BenefitRealised { get; init; }

    public int? ImpactReviewsRecorded { get; init; }

    /// <summary>Progress reviews whose date has come: held, or scheduled and past their date.</summary>
    public int? ReviewsDue { get; init; }

    /// <summary>Of <see cref="ReviewsDue"/>, those held on or before their scheduled date.</summary>
    public int? ReviewsHeldOnTime { get; init; }

    /// <summary>The figures of both, the other's where this one has none.</summary>
    public TeamFigures Merge(TeamFigures other) => this with
    {
        BudgetCommitted = BudgetCommitted ?? other.BudgetCommitted,
        ContractsInForce = ContractsInForce ?? other.ContractsInForce,
        BenefitRealised = BenefitRealised ?? other.BenefitRealised,
        ImpactReviewsRecorded = ImpactReviewsRecorded ?? other.ImpactReviewsRecorded,
        ReviewsDue = ReviewsDue ?? other.ReviewsDue,
        ReviewsHeldOnTime = ReviewsHeldOnTime ?? other.ReviewsHeldOnTime,
    };
}

/// <summary>A module's figures for a list of people (a manager's direct reports). Each module reads only its own tables.</summary>
public interface ITeamFiguresSource
{
    ValueTask<IReadOnlyList<TeamFigures>> FiguresForAsync(IReadOnlyCollection<Guid> personIds, DateOnly today, CancellationToken cancellationToken);
}
