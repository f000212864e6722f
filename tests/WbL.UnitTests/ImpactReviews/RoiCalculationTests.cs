using WbL.Modules.ImpactReviews;

namespace WbL.UnitTests.ImpactReviews;

public sealed class RoiCalculationTests
{
    private static CostItems Fees(decimal fees) => new(fees, null, null, null, null, null, null);

    private static readonly CostItems NoCosts = new(null, null, null, null, null, null, null);

    [Fact]
    public void The_benefit_is_adjusted_by_attribution_and_confidence_and_set_against_the_costs()
    {
        var figures = RoiCalculation.Calculate(50_000m, 80m, 75m, Fees(12_000m));

        Assert.Equal(30_000.00m, figures.AdjustedBenefit);
        Assert.Equal(12_000.00m, figures.TotalCosts);
        Assert.Equal(150.00m, figures.RoiPercent);
        Assert.Equal(2.50m, figures.BenefitCostRatio);
        Assert.Null(figures.RoiUndefinedReason);
    }

    [Fact]
    public void Fully_loaded_costs_add_every_item_with_the_learners_time_at_the_loaded_rate()
    {
        var costs = new CostItems(Fees: 1_200m, Travel: 150.50m, Materials: 49.50m, LearnerHours: 37.5m, LoadedHourlyRate: 28.40m, Backfill: 300m, ManagerTime: 210m);

        var figures = RoiCalculation.Calculate(10_000m, 50m, 80m, costs);

        Assert.Equal(1_065.00m, figures.LearnerTimeCost);
        Assert.Equal(2_975.00m, figures.TotalCosts);
        Assert.Equal(4_000.00m, figures.AdjustedBenefit);
        // (4000 − 2975) / 2975 × 100 = 34.453…; 4000 / 2975 = 1.3445…
        Assert.Equal(34.45m, figures.RoiPercent);
        Assert.Equal(1.34m, figures.BenefitCostRatio);
    }

    [Fact]
    public void With_no_costs_roi_and_bcr_are_undefined_not_a_division_error()
    {
        var figures = RoiCalculation.Calculate(50_000m, 80m, 75m, NoCosts);

        Assert.Equal(0m, figures.TotalCosts);
        Assert.Equal(30_000m, figures.AdjustedBenefit);
        Assert.Null(figures.RoiPercent);
        Assert.Null(figures.BenefitCostRatio);
        Assert.Equal("No costs recorded: ROI is undefined", figures.RoiUndefinedReason);
    }

    [Fact]
    public void Costs_given_as_zero_are_no_costs_either()
    {
        var figures = RoiCalculation.Calculate(1_000m, 100m, 100m, new CostItems(0m, 0m, 0m, 40m, 0m, 0m, 0m));

        Assert.Null(figures.RoiPercent);
        Assert.Equal(RoiCalculation.NoCosts, figures.RoiUndefinedReason);
    }

    [Fact]
    public void Without_a_benefit_attribution_or_confidence_there_is_no_roi_yet_but_costs_are_known()
    {
        foreach (var (benefit, attribution, confidence) in new (decimal?, decimal?, decimal?)[] { (null, 80m, 75m), (50_000m, null, 75m), (50_000m, 80m, null) })
        {
            var figures = RoiCalculation.Calculate(benefit, attribution, confidence, Fees(12_000m));

            Assert.Null(figures.AdjustedBenefit);
            Assert.Equal(12_000m, figures.TotalCosts);
            Assert.Null(figures.RoiPercent);
            Assert.Null(figures.BenefitCostRatio);
            Assert.Equal(RoiCalculation.NoBenefit, figures.RoiUndefinedReason);
        }
    }

    [Fact]
    public void Nothing_attributed_to_the_learning_loses_all_the_money()
    {
        var figures = RoiCalculation.Calculate(50_000m, 0m, 75m, Fees(12_000m));

        Assert.Equal(0m, figures.AdjustedBenefit);
        Assert.Equal(-100.00m, figures.RoiPercent);
        Assert.Equal(0.00m, figures.BenefitCostRatio);
    }

    [Fact]
    public void Breaking_even_is_zero_roi_and_a_ratio_of_one()
    {
        var figures = RoiCalculation.Calculate(24_000m, 50m, 100m, Fees(12_000m));

        Assert.Equal(0.00m, figures.RoiPercent);
        Assert.Equal(1.00m, figures.BenefitCostRatio);
    }

    [Fact]
    public void A_third_is_rounded_to_two_places()
    {
        // 4 against 3: ROI 33.333…%, BCR 1.333…
        var figures = RoiCalculation.Calculate(4m, 100m, 100m, Fees(3m));

        Assert.Equal(33.33m, figures.RoiPercent);
        Assert.Equal(1.33m, figures.BenefitCostRatio);
        // 2 against 3: ROI −33.333…%, BCR 0.666…
        var loss = RoiCalculation.Calculate(2m, 100m, 100m, Fees(3m));
        Assert.Equal(-33.33m, loss.RoiPercent);
        Assert.Equal(0.67m, loss.BenefitCostRatio);
    }

    [Fact]
    public void Halves_round_away_from_zero()
    {
        // 2.01 against 2.00: BCR 1.005 → 1.01 (banker's rounding would give 1.00).
        Assert.Equal(1.01m, RoiCalculation.Calculate(2.01m, 100m, 100m, Fees(2m)).BenefitCostRatio);
        // 1 against 8: ROI −87.5 %, BCR 0.125 → 0.13.
        var figures = RoiCalculation.Calculate(1m, 100m, 100m, Fees(8m));
        Assert.Equal(-87.50m, figures.RoiPercent);
        Assert.Equal(0.13m, figures.BenefitCostRatio);
        // One pound either side of 800: ROI ±0.125 % → ±0.13.
        Assert.Equal(0.13m, RoiCalculation.Calculate(801m, 100m, 100m, Fees(800m)).RoiPercent);
        Assert.Equal(-0.13m, RoiCalculation.Calculate(799m, 100m, 100m, Fees(800m)).RoiPercent);
    }

    [Fact]
    public void Money_is_rounded_to_the_penny_before_the_ratios()
    {
        // 7.5 h × 33.33 = 249.975 → 249.98; a benefit of 10,000 × 33.33 % × 33.33 % = 1,110.8889 → 1,110.89.
        var figures = RoiCalculation.Calculate(10_000m, 33.33m, 33.33m, new CostItems(null, null, null, 7.5m, 33.33m, null, null));

        Assert.Equal(249.98m, figures.LearnerTimeCost);
        Assert.Equal(249.98m, figures.TotalCosts);
        Assert.Equal(1_110.89m, figures.AdjustedBenefit);
        Assert.Equal(344.39m, figures.RoiPercent);
        Assert.Equal(4.44m, figures.BenefitCostRatio);
    }

    [Fact]
    public void The_largest_amounts_the_api_accepts_compute_exactly_without_overflow()
    {
        var most = 100_000_000m;
        var costs = new CostItems(most, most, most, 10_000m, 10_000m, most, most);

        var figures = RoiCalculation.Calculate(most, 100m, 100m, costs);

        Assert.Equal(600_000_000m, figures.TotalCosts);
        Assert.Equal(-83.33m, figures.RoiPercent);
        Assert.Equal(0.17m, figures.BenefitCostRatio);
        // A penny of cost against the largest benefit: a huge but exact ratio.
        var tiny = RoiCalculation.Calculate(most, 100m, 100m, Fees(0.01m));
        Assert.Equal(999_999_999_900m, tiny.RoiPercent);
        Assert.Equal(10_000_000_000m, tiny.BenefitCostRatio);
    }

    [Fact]
    public void Values_far_beyond_any_budget_still_do_not_overflow()
    {
        var figures = RoiCalculation.Calculate(1_000_000_000_000_000m, 100m, 100m, Fees(0.01m));

        Assert.Equal(9_999_999_999_999_999_900m, figures.RoiPercent);
        Assert.Equal(100_000_000_000_000_000m, figures.BenefitCostRatio);
    }
}
