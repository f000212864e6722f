using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Insights;

namespace WbL.UnitTests.Insights;

public sealed class ReportCatalogueTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly Guid Operations = Guid.NewGuid();
    private static readonly Guid Finance = Guid.NewGuid();
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();
    private static readonly Guid Outsider = Guid.NewGuid();

    private static readonly ReportFilters All = new(null, null, null, "month");

    private static ReportInput Input(
        IReadOnlyList<NeedFact>? needs = null, IReadOnlyList<ContractFact>? contracts = null, IReadOnlyList<ProgressReviewFact>? reviews = null,
        IReadOnlyList<ImpactFact>? impacts = null, IReadOnlyList<SelectedOptionFact>? options = null) => new(
        new Dictionary<Guid, Placement> { [Ann] = new(Operations, "Operations"), [Ben] = new(Finance, "Finance") },
        needs ?? [],
        [new SolutionTypeFact("Coaching", "Coaching", 2), new SolutionTypeFact("Shadowing", "Work shadowing", 1)],
        options ?? [],
        contracts ?? [],
        reviews ?? [],
        impacts ?? [],
        Today);

    private static IReadOnlyList<Dictionary<string, object?>> Rows(string name, ReportInput input, ReportFilters? filters = null) =>
        ReportCatalogue.Build(ReportCatalogue.Find(name)!, input, filters ?? All, DateTimeOffset.UnixEpoch).Rows;

    private static ContractFact Contract(Guid learner, string status, decimal cost, string start, string type = "Shadowing", Guid? option = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), learner, option ?? Guid.NewGuid(), type, status, Agreed: true, cost, DateOnly.Parse(start), null);

    [Theory]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)]
    [InlineData(0, 4, 0.0)]
    public void Percentages_round_to_one_place_with_midpoints_away_from_zero(int part, int whole, double expected) =>
        Assert.Equal((decimal)expected, ReportCatalogue.PercentOf(part, whole));

    [Fact]
    public void A_percentage_of_nothing_is_null_not_zero() => Assert.Null(ReportCatalogue.PercentOf(0, 0));

    [Fact]
    public void Averages_round_to_the_places_asked_and_are_null_without_values()
    {
        Assert.Equal(2.67m, ReportCatalogue.AverageOf([2m, 3m, 3m], 2));
        Assert.Equal(-12.5m, ReportCatalogue.AverageOf([-25m, 0m], 1));
        Assert.Null(ReportCatalogue.AverageOf([], 1));
    }

    [Theory]
    [InlineData("2026-01-31", "month", "2026-01")]
    [InlineData("2026-03-31", "quarter", "2026-Q1")]
    [InlineData("2026-04-01", "quarter", "2026-Q2")]
    [InlineData("2026-12-31", "quarter", "2026-Q4")]
    public void Periods_are_months_or_calendar_quarters(string date, string groupBy, string expected) =>
        Assert.Equal(expected, ReportCatalogue.PeriodOf(DateOnly.Parse(date), groupBy));

    [Fact]
    public void Needs_count_private_aspirations_skip_cancelled_ones_and_outsiders()
    {
        var rows = Rows("needs-by-origin-and-department", Input(needs:
        [
            new NeedFact(Guid.NewGuid(), Ann, "PersonalAspiration", true, "Proposed", Today),
            new NeedFact(Guid.NewGuid(), Ann, "PersonalAspiration", false, "Identified", Today),
            new NeedFact(Guid.NewGuid(), Ann, "PerformanceGap", false, "Cancelled", Today),
            new NeedFact(Guid.NewGuid(), Outsider, "PerformanceGap", false, "Identified", Today),
        ]));

        var row = Assert.Single(rows);
        Assert.Equal(("Operations", "Personal aspiration", 2, 1), ((string)row["department"]!, (string)row["origin"]!, (int)row["needs"]!, (int)row["privateAspirations"]!));
    }

    [Fact]
    public void Spend_adds_agreed_costs_per_department_and_month_within_the_period()
    {
        var input = Input(contracts:
        [
            Contract(Ann, "Active", 1_000.005m, "2026-05-04"),
            Contract(Ann, "Completed", 250m, "2026-05-20"),
            Contract(Ben, "Withdrawn", 99.99m, "2026-06-01"),
            Contract(Ben, "Active", 500m, "2026-09-01"),
            new ContractFact(Guid.NewGuid(), Guid.NewGuid(), Ann, Guid.NewGuid(), "Shadowing", "Draft", false, null, null, null),
        ]);

        var rows = Rows("spend-by-department-and-period", input, new ReportFilters(new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30), null, "month"));

        Assert.Equal(
            [("Operations", "2026-05", 2, 1_250.01m), ("Finance", "2026-06", 1, 99.99m)],
            rows.Select(row => ((string)row["department"]!, (string)row["period"]!, (int)row["contracts"]!, (decimal)row["committed"]!)).ToArray());
    }

    [Fact]
    public void Completion_rate_is_completed_out_of_finished_contracts()
    {
        var input = Input(contracts:
        [
            Contract(Ann, "Completed", 1m, "2026-05-04"),
            Contract(Ann, "Completed", 1m, "2026-05-04", "Coaching"),
            Contract(Ann, "Withdrawn", 1m, "2026-05-04"),
            Contract(Ann, "Active", 1m, "2026-05-04"),
        ]);

        var rows = Rows("completion-rates", input);

        Assert.Equal(
            [("Department", "Operations", 4, 1, 2, 1, (decimal?)66.7m), ("Solution type", "Work shadowing", 3, 1, 1, 1, 50.0m), ("Solution type", "Coaching", 1, 0, 1, 0, 100.0m)],
            rows.Select(row => ((string)row["dimension"]!, (string)row["group"]!, (int)row["contracts"]!, (int)row["active"]!, (int)row["completed"]!,
                (int)row["withdrawn"]!, (decimal?)row["completionRate"])).ToArray());
    }

    [Theory]
    [InlineData("Held", "2026-10-01", "2026-10-01", "onTime")]
    [InlineData("Held", "2026-10-01", "2026-09-28", "onTime")]
    [InlineData("Held", "2026-10-01", "2026-10-02", "late")]
    [InlineData("Scheduled", "2026-11-01", null, "missed")]
    [InlineData("Scheduled", "2026-11-02", null, null)]
    [InlineData("Cancelled", "2026-10-01", null, null)]
    public void A_review_is_on_time_late_missed_or_not_yet_due(string status, string scheduledOn, string? heldOn, string? expected)
    {
        var review = new ProgressReviewFact(Guid.NewGuid(), Guid.NewGuid(), Ann, DateOnly.Parse(scheduledOn), status, heldOn is null ? null : DateOnly.Parse(heldOn));

        Assert.Equal(expected, ReportCatalogue.Timeliness(review, Today));
    }

    [Fact]
    public void Impact_results_average_only_the_completed_reviews_that_have_each_figure()
    {
        var option = new SelectedOptionFact(Guid.NewGuid(), Guid.NewGuid(), Ann, "Shadowing", Guid.NewGuid(), "Northern College", 10m, Today);
        var first = Contract(Ann, "Completed", 1m, "2026-05-04", option: option.OptionId);
        var second = Contract(Ann, "Completed", 1m, "2026-05-04", option: option.OptionId);
        var third = Contract(Ann, "Completed", 1m, "2026-05-04", option: option.OptionId);
        var input = Input(contracts: [first, second, third], options: [option], impacts:
        [
            new ImpactFact(Guid.NewGuid(), first.ContractId, Ann, true, Today, 150m, 2.5m, 4, 5),
            new ImpactFact(Guid.NewGuid(), second.ContractId, Ann, true, Today, null, null, 3, null),
            new ImpactFact(Guid.NewGuid(), third.ContractId, Ann, false, null, 999m, 9m, 1, 1),
        ]);

        var rows = Rows("impact-results", input);

        Assert.Equal(
            [("Work shadowing", 2, 1, (decimal?)150.0m, (decimal?)2.50m, (decimal?)3.50m, (decimal?)5.00m), ("Northern College", 2, 1, 150.0m, 2.50m, 3.50m, 5.00m)],
            rows.Select(row => ((string)row["group"]!, (int)row["reviews"]!, (int)row["withRoi"]!, (decimal?)row["averageRoiPercent"],
                (decimal?)row["averageBenefitCostRatio"], (decimal?)row["averageTransferRating"], (decimal?)row["averageReactionRating"])).ToArray());
        var outcomes = ReportCatalogue.OutcomesOf(option.ProviderId!.Value, input);
        Assert.Equal((3, 3, 2, 150.0m, 3.50m), (outcomes.Contracts, outcomes.Completed, outcomes.ImpactReviewsCompleted, outcomes.AverageRoiPercent, outcomes.AverageTransferRating));
    }
}
