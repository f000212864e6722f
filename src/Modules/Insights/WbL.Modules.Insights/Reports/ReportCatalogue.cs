using System.Globalization;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Reports;

/// <summary>
/// The HR reports and how each is aggregated from the modules' facts. Pure functions of the input, so the figures
/// are tested without a database. Rounding is the same everywhere: money 2 places, percentages 1, ratios and
/// rating averages 2, midpoints away from zero.
/// </summary>
internal static class ReportCatalogue
{
    public const string ProviderOutcomes = "provider-outcomes";

    private static readonly string[] PeriodAndDepartment = ["from", "to", "departmentId"];

    private static readonly ReportDefinition[] Definitions =
    [
        new("needs-by-origin-and-department", "Needs by origin and department",
            "Development needs raised in the period (cancelled ones left out) by the learner's department and the need's origin. "
            + "Private aspirations are counted, never named.",
            PeriodAndDepartment,
            [Text("department", "Department"), Text("origin", "Origin"), Count("needs", "Needs"), Count("privateAspirations", "Private aspirations")],
            new ReportChart("needs", ["department", "origin"]),
            NeedsByOriginAndDepartment),
        new("solutions-by-type", "Solutions by type",
            "Solution options selected in the period, by solution type, with how many name a provider and their estimated cost.",
            PeriodAndDepartment,
            [Text("solutionType", "Solution type"), Count("selected", "Selected"), Count("withProvider", "With a provider"), Money("estimatedCost", "Estimated cost")],
            new ReportChart("selected", ["solutionType"]),
            SolutionsByType),
        new("spend-by-department-and-period", "Spend by department and period",
            "Cost of agreed contracts (the version in force) by the learner's department and the month or quarter the learning starts. "
            + "A contract withdrawn after it was agreed still counts: its cost was committed.",
            [.. PeriodAndDepartment, "groupBy"],
            [Text("department", "Department"), Text("period", "Period"), Count("contracts", "Contracts"), Money("committed", "Committed cost")],
            new ReportChart("committed", ["department", "period"]),
            SpendByDepartmentAndPeriod),
        new("completion-rates", "Completion rates",
            "Agreed contracts starting in the period: active, completed and withdrawn, by department and by solution type. "
            + "The completion rate is completed out of those that finished (completed or withdrawn).",
            PeriodAndDepartment,
            [Text("dimension", "By"), Text("group", "Group"), Count("contracts", "Contracts"), Count("active", "Active"), Count("completed", "Completed"),
                Count("withdrawn", "Withdrawn"), Percent("completionRate", "Completion rate %")],
            new ReportChart("completionRate", ["dimension", "group"]),
            CompletionRates),
        new("progress-reviews-on-time", "Progress reviews held on time",
            "Progress reviews scheduled in the period that are due by today, by department: held on or before their date, held late, or missed "
            + "(not held and past their date). Cancelled reviews are left out.",
            PeriodAndDepartment,
            [Text("department", "Department"), Count("due", "Due"), Count("onTime", "On time"), Count("late", "Late"), Count("missed", "Missed"),
                Percent("onTimeRate", "Held on time %")],
            new ReportChart("onTimeRate", ["department"]),
            ProgressReviewsOnTime),
        new("impact-results", "Impact results",
            "Impact reviews completed in the period, by solution type and by provider: averages of the ROI and benefit-cost ratio the server "
            + "worked out, and of the transfer and reaction ratings (1–5).",
            PeriodAndDepartment,
            [Text("dimension", "By"), Text("group", "Group"), Count("reviews", "Reviews completed"), Count("withRoi", "With ROI"),
                Percent("averageRoiPercent", "Average ROI %"), Ratio("averageBenefitCostRatio", "Average BCR"),
                Rating("averageTransferRating", "Average transfer rating"), Rating("averageReactionRating", "Average reaction rating")],
            new ReportChart("averageRoiPercent", ["dimension", "group"]),
            ImpactResults),
    ];

    public static IReadOnlyList<ReportSummary> All { get; } =
        Definitions.Select(definition => new ReportSummary(definition.Name, definition.Title, definition.Description, definition.Filters)).ToList();

    public static ReportDefinition? Find(string name) => Definitions.FirstOrDefault(definition => definition.Name == name);

    public static ReportResponse Build(ReportDefinition definition, ReportInput input, ReportFilters filters, DateTimeOffset generatedAt) =>
        new(definition.Name, definition.Title, definition.Description,
            new ReportFiltersResponse(filters.From, filters.To, filters.DepartmentId, definition.Filters.Contains("groupBy") ? filters.GroupBy : null),
            definition.Columns, definition.Rows(input, filters), definition.Chart, generatedAt);

    public static decimal? PercentOf(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    public static decimal? AverageOf(IEnumerable<decimal> values, int places)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Sum() / list.Count, places, MidpointRounding.AwayFromZero);
    }

    public static string PeriodOf(DateOnly date, string groupBy) => groupBy == "quarter"
        ? $"{date.Year}-Q{(date.Month - 1) / 3 + 1}"
        : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string OriginLabel(string origin) => origin switch
    {
        "BusinessRequirement" => "Business requirement",
        "PerformanceGap" => "Performance gap",
        "PersonalAspiration" => "Personal aspiration",
        _ => origin,
    };

    private static int OriginOrder(string origin) => origin switch
    {
        "BusinessRequirement" => 0,
        "PerformanceGap" => 1,
        "PersonalAspiration" => 2,
        _ => 3,
    };

    private static List<Dictionary<string, object?>> NeedsByOriginAndDepartment(ReportInput input, ReportFilters filters) =>
        input.Needs
            .Where(need => need.Status != "Cancelled" && filters.InPeriod(need.RaisedOn))
            .Select(need => (Need: need, Place: PlaceOf(input, need.LearnerId, filters)))
            .Where(item => item.Place is not null)
            .GroupBy(item => (item.Place!.DepartmentName, item.Need.Origin))
            .OrderBy(group => group.Key.DepartmentName, StringComparer.OrdinalIgnoreCase).ThenBy(group => OriginOrder(group.Key.Origin))
            .Select(group => Row(
                ("department", group.Key.DepartmentName),
                ("origin", OriginLabel(group.Key.Origin)),
                ("needs", group.Count()),
                ("privateAspirations", group.Count(item => item.Need.IsPrivate))))
            .ToList();

    private static List<Dictionary<string, object?>> SolutionsByType(ReportInput input, ReportFilters filters)
    {
        var selected = input.SelectedOptions
            .Where(option => filters.InPeriod(option.SelectedOn) && PlaceOf(input, option.LearnerId, filters) is not null)
            .ToLookup(option => option.SolutionType);
        return TypesInOrder(input, selected.Select(group => group.Key))
            .Select(type => Row(
                ("solutionType", type.Name),
                ("selected", selected[type.Code].Count()),
                ("withProvider", selected[type.Code].Count(option => option.ProviderId is not null)),
                ("estimatedCost", Money(selected[type.Code].Sum(option => option.Cost ?? 0m)))))
            .ToList();
    }

    private static List<Dictionary<string, object?>> SpendByDepartmentAndPeriod(ReportInput input, ReportFilters filters) =>
        input.Contracts
            .Where(contract => contract.Agreed && contract.StartDate is not null && filters.InPeriod(contract.StartDate))
            .Select(contract => (Contract: contract, Place: PlaceOf(input, contract.LearnerId, filters)))
            .Where(item => item.Place is not null)
            .GroupBy(item => (item.Place!.DepartmentName, Period: PeriodOf(item.Contract.StartDate!.Value, filters.GroupBy)))
            .OrderBy(group => group.Key.Period, StringComparer.Ordinal).ThenBy(group => group.Key.DepartmentName, StringComparer.OrdinalIgnoreCase)
            .Select(group => Row(
                ("department", group.Key.DepartmentName),
                ("period", group.Key.Period),
                ("contracts", group.Count()),
                ("committed", Money(group.Sum(item => item.Contract.Cost ?? 0m)))))
            .ToList();

    private static List<Dictionary<string, object?>> CompletionRates(ReportInput input, ReportFilters filters)
    {
        var contracts = input.Contracts
            .Where(contract => contract.Agreed && filters.InPeriod(contract.StartDate))
            .Select(contract => (Contract: contract, Place: PlaceOf(input, contract.LearnerId, filters)))
            .Where(item => item.Place is not null)
            .ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var group in contracts.GroupBy(item => item.Place!.DepartmentName).OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase))
        {
            rows.Add(CompletionRow("Department", group.Key, group.Select(item => item.Contract)));
        }
        var byType = contracts.ToLookup(item => item.Contract.SolutionType);
        foreach (var type in TypesInOrder(input, byType.Select(group => group.Key)).Where(type => byType.Contains(type.Code)))
        {
            rows.Add(CompletionRow("Solution type", type.Name, byType[type.Code].Select(item => item.Contract)));
        }
        return rows;
    }

    private static Dictionary<string, object?> CompletionRow(string dimension, string group, IEnumerable<ContractFact> contracts)
    {
        var list = contracts.ToList();
        var completed = list.Count(contract => contract.Status == "Completed");
        var withdrawn = list.Count(contract => contract.Status == "Withdrawn");
        return Row(
            ("dimension", dimension),
            ("group", group),
            ("contracts", list.Count),
            ("active", list.Count - completed - withdrawn),
            ("completed", completed),
            ("withdrawn", withdrawn),
            ("completionRate", PercentOf(completed, completed + withdrawn)));
    }

    /// <summary>On time: held on or before the scheduled date; late: held after it; missed: not held and the date has passed.</summary>
    public static string? Timeliness(ProgressReviewFact review, DateOnly today) => review switch
    {
        { Status: "Cancelled" } => null,
        { Status: "Held", HeldOn: { } held } => held <= review.ScheduledOn ? "onTime" : "late",
        _ when review.ScheduledOn < today => "missed",
        _ => null,
    };

    private static List<Dictionary<string, object?>> ProgressReviewsOnTime(ReportInput input, ReportFilters filters) =>
        input.ProgressReviews
            .Where(review => filters.InPeriod(review.ScheduledOn))
            .Select(review => (State: Timeliness(review, input.Today), Place: PlaceOf(input, review.LearnerId, filters)))
            .Where(item => item.State is not null && item.Place is not null)
            .GroupBy(item => item.Place!.DepartmentName)
            .OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
            .Select(group =>
            {
                var onTime = group.Count(item => item.State == "onTime");
                return Row(
                    ("department", group.Key),
                    ("due", group.Count()),
                    ("onTime", onTime),
                    ("late", group.Count(item => item.State == "late")),
                    ("missed", group.Count(item => item.State == "missed")),
                    ("onTimeRate", PercentOf(onTime, group.Count())));
            })
            .ToList();

    private static List<Dictionary<string, object?>> ImpactResults(ReportInput input, ReportFilters filters)
    {
        var contracts = input.Contracts.ToDictionary(contract => contract.ContractId);
        var providers = input.SelectedOptions.ToDictionary(option => option.OptionId);
        var reviews = input.ImpactReviews
            .Where(review => review.Completed && filters.InPeriod(review.CompletedOn) && PlaceOf(input, review.LearnerId, filters) is not null)
            .Select(review =>
            {
                var contract = contracts.GetValueOrDefault(review.ContractId);
                var option = contract is null ? null : providers.GetValueOrDefault(contract.OptionId);
                return (Review: review, Type: contract?.SolutionType ?? "", Provider: option?.ProviderName ?? "No provider");
            })
            .ToList();
        var rows = new List<Dictionary<string, object?>>();
        var byType = reviews.ToLookup(item => item.Type);
        foreach (var type in TypesInOrder(input, byType.Select(group => group.Key)).Where(type => byType.Contains(type.Code)))
        {
            rows.Add(ImpactRow("Solution type", type.Name, byType[type.Code].Select(item => item.Review)));
        }
        foreach (var group in reviews.GroupBy(item => item.Provider).OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase))
        {
            rows.Add(ImpactRow("Provider", group.Key, group.Select(item => item.Review)));
        }
        return rows;
    }

    private static Dictionary<string, object?> ImpactRow(string dimension, string group, IEnumerable<ImpactFact> reviews)
    {
        var list = reviews.ToList();
        return Row(
            ("dimension", dimension),
            ("group", group),
            ("reviews", list.Count),
            ("withRoi", list.Count(review => review.RoiPercent is not null)),
            ("averageRoiPercent", AverageOf(list.Where(review => review.RoiPercent is not null).Select(review => review.RoiPercent!.Value), 1)),
            ("averageBenefitCostRatio", AverageOf(list.Where(review => review.BenefitCostRatio is not null).Select(review => review.BenefitCostRatio!.Value), 2)),
            ("averageTransferRating", AverageOf(list.Where(review => review.TransferRating is not null).Select(review => (decimal)review.TransferRating!.Value), 2)),
            ("averageReactionRating", AverageOf(list.Where(review => review.ReactionRating is not null).Select(review => (decimal)review.ReactionRating!.Value), 2)));
    }

    /// <summary>The outcome record of one provider, across the caller's organisation.</summary>
    public static ProviderOutcomesResponse OutcomesOf(Guid providerId, ReportInput input)
    {
        var options = input.SelectedOptions.Where(option => option.ProviderId == providerId).Select(option => option.OptionId).ToHashSet();
        var contracts = input.Contracts
            .Where(contract => contract.Agreed && options.Contains(contract.OptionId) && input.Learners.ContainsKey(contract.LearnerId))
            .ToList();
        var contractIds = contracts.Select(contract => contract.ContractId).ToHashSet();
        var reviews = input.ImpactReviews.Where(review => review.Completed && contractIds.Contains(review.ContractId)).ToList();
        var completed = contracts.Count(contract => contract.Status == "Completed");
        var withdrawn = contracts.Count(contract => contract.Status == "Withdrawn");
        return new ProviderOutcomesResponse(
            providerId,
            contracts.Count,
            contracts.Count - completed - withdrawn,
            completed,
            withdrawn,
            PercentOf(completed, completed + withdrawn),
            reviews.Count,
            AverageOf(reviews.Where(review => review.RoiPercent is not null).Select(review => review.RoiPercent!.Value), 1),
            AverageOf(reviews.Where(review => review.BenefitCostRatio is not null).Select(review => review.BenefitCostRatio!.Value), 2),
            AverageOf(reviews.Where(review => review.TransferRating is not null).Select(review => (decimal)review.TransferRating!.Value), 2));
    }

    private static Placement? PlaceOf(ReportInput input, Guid learnerId, ReportFilters filters) =>
        input.Learners.TryGetValue(learnerId, out var place) && (filters.DepartmentId is null || place.DepartmentId == filters.DepartmentId) ? place : null;

    /// <summary>Every known solution type in HR's order, then any code no longer in the list (by code).</summary>
    private static IEnumerable<SolutionTypeFact> TypesInOrder(ReportInput input, IEnumerable<string> codesInUse)
    {
        var known = input.SolutionTypes.OrderBy(type => type.Position).ThenBy(type => type.Code, StringComparer.Ordinal).ToList();
        var unknown = codesInUse.Where(code => known.All(type => type.Code != code)).Order(StringComparer.Ordinal)
            .Select(code => new SolutionTypeFact(code, code, int.MaxValue));
        return known.Concat(unknown);
    }

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) =>
        cells.ToDictionary(cell => cell.Key, cell => cell.Value, StringComparer.Ordinal);

    private static ReportColumn Text(string key, string label) => new(key, label, "text");

    private static ReportColumn Count(string key, string label) => new(key, label, "count");

    private static ReportColumn Money(string key, string label) => new(key, label, "money");

    private static ReportColumn Percent(string key, string label) => new(key, label, "percent");

    private static ReportColumn Ratio(string key, string label) => new(key, label, "ratio");

    private static ReportColumn Rating(string key, string label) => new(key, label, "rating");
}

internal sealed record ReportDefinition(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<string> Filters,
    IReadOnlyList<ReportColumn> Columns,
    ReportChart Chart,
    Func<ReportInput, ReportFilters, List<Dictionary<string, object?>>> Rows);
