namespace WbL.Modules.ImpactReviews;

/// <summary>
/// The fully loaded costs of the learning (Phillips): fees, travel, materials, the learner's time
/// (hours × loaded hourly rate), backfill and the manager's time. An item not given counts as nothing.
/// </summary>
internal sealed record CostItems(
    decimal? Fees,
    decimal? Travel,
    decimal? Materials,
    decimal? LearnerHours,
    decimal? LoadedHourlyRate,
    decimal? Backfill,
    decimal? ManagerTime);

/// <summary>What the server works out; a client never sends any of it.</summary>
internal sealed record RoiFigures(
    decimal LearnerTimeCost,
    decimal TotalCosts,
    decimal? AdjustedBenefit,
    decimal? RoiPercent,
    decimal? BenefitCostRatio,
    string? RoiUndefinedReason);

/// <summary>
/// Phillips' return on investment, in decimal arithmetic only:
/// adjusted benefit = annualised benefit × attribution % × confidence % (the part of the change that is the
/// learning's, discounted by how sure the estimate is); ROI % = (adjusted benefit − total costs) / total costs × 100;
/// BCR = adjusted benefit / total costs. Money (the learner's time, total costs, adjusted benefit) is rounded to
/// the penny first and ROI and BCR are worked from those rounded figures, so anyone can check them from what the
/// review shows; ROI and BCR are then rounded to two places, halves away from zero. With no costs there is no
/// ratio: ROI and BCR are null with the reason, never a division by zero.
/// </summary>
internal static class RoiCalculation
{
    public const string NoCosts = "No costs recorded: ROI is undefined";
    public const string NoBenefit = "No annualised benefit with attribution and confidence recorded yet: ROI is not calculated";

    public static RoiFigures Calculate(decimal? annualisedBenefit, decimal? attributionPercent, decimal? confidencePercent, CostItems costs)
    {
        var learnerTime = Money((costs.LearnerHours ?? 0m) * (costs.LoadedHourlyRate ?? 0m));
        var totalCosts = Money((costs.Fees ?? 0m) + (costs.Travel ?? 0m) + (costs.Materials ?? 0m) + learnerTime + (costs.Backfill ?? 0m) + (costs.ManagerTime ?? 0m));
        var adjusted = AdjustedBenefit(annualisedBenefit, attributionPercent, confidencePercent);
        if (totalCosts == 0m)
        {
            return new RoiFigures(learnerTime, totalCosts, adjusted, null, null, NoCosts);
        }
        if (adjusted is not { } benefit)
        {
            return new RoiFigures(learnerTime, totalCosts, null, null, null, NoBenefit);
        }
        // Multiply before dividing: one rounding step in the division instead of two.
        var roi = Ratio((benefit - totalCosts) * 100m / totalCosts);
        var bcr = Ratio(benefit / totalCosts);
        return new RoiFigures(learnerTime, totalCosts, benefit, roi, bcr, null);
    }

    /// <summary>The share of the annualised benefit that is the learning's, as confident as the estimate is; null until all three are known.</summary>
    public static decimal? AdjustedBenefit(decimal? annualisedBenefit, decimal? attributionPercent, decimal? confidencePercent) =>
        annualisedBenefit is { } annualised && attributionPercent is { } attribution && confidencePercent is { } confidence
            ? Money(annualised * attribution * confidence / 10_000m)
            : null;

    public static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal Ratio(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
