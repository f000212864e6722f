using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Reports;

/// <param name="Kind">How to show the value: text, count, money, percent, ratio or rating.</param>
public sealed record ReportColumn(string Key, string Label, string Kind);

/// <summary>Which column the chart draws as bars, and which text columns label each bar.</summary>
public sealed record ReportChart(string ValueKey, IReadOnlyList<string> LabelKeys);

public sealed record ReportFiltersResponse(DateOnly? From, DateOnly? To, Guid? DepartmentId, string? GroupBy);

/// <summary>
/// One report: its columns in order and one row per group, each row keyed by column key. Numbers are JSON numbers
/// (money to 2 places, percentages to 1, ratios and rating averages to 2), null where there is nothing to average.
/// </summary>
public sealed record ReportResponse(
    string Name,
    string Title,
    string Description,
    ReportFiltersResponse Filters,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<Dictionary<string, object?>> Rows,
    ReportChart Chart,
    DateTimeOffset GeneratedAt);

/// <param name="Filters">The query parameters the report takes besides format.</param>
public sealed record ReportSummary(string Name, string Title, string Description, IReadOnlyList<string> Filters);

public sealed record ReportListResponse(IReadOnlyList<ReportSummary> Items);

/// <summary>A provider's outcome record: the contracts learning with them and what the impact reviews found.</summary>
public sealed record ProviderOutcomesResponse(
    Guid ProviderId,
    int Contracts,
    int Active,
    int Completed,
    int Withdrawn,
    decimal? CompletionRatePercent,
    int ImpactReviewsCompleted,
    decimal? AverageRoiPercent,
    decimal? AverageBenefitCostRatio,
    decimal? AverageTransferRating);

/// <summary>Where a learner sits for reporting: their department (the nearest Department unit at or above their unit).</summary>
internal sealed record Placement(Guid? DepartmentId, string DepartmentName);

internal sealed record ReportFilters(DateOnly? From, DateOnly? To, Guid? DepartmentId, string GroupBy)
{
    public bool InPeriod(DateOnly? date) => (From is null || date >= From) && (To is null || date <= To);
}

/// <summary>Every module's facts for the caller's organisation, with each learner's placement.</summary>
internal sealed record ReportInput(
    IReadOnlyDictionary<Guid, Placement> Learners,
    IReadOnlyList<NeedFact> Needs,
    IReadOnlyList<SolutionTypeFact> SolutionTypes,
    IReadOnlyList<SelectedOptionFact> SelectedOptions,
    IReadOnlyList<ContractFact> Contracts,
    IReadOnlyList<ProgressReviewFact> ProgressReviews,
    IReadOnlyList<ImpactFact> ImpactReviews,
    DateOnly Today);
