using FluentValidation;

namespace WbL.Modules.ImpactReviews.Features.UpdateImpactReview;

internal sealed class UpdateImpactReviewValidator : AbstractValidator<UpdateImpactReviewCommand>
{
    public const int TextLength = 4000;
    public const int MostOutcomes = 50;

    /// <summary>Any one sum of money: a hundred million is far beyond any learning budget, and keeps every figure exact.</summary>
    public const decimal MostMoney = 100_000_000m;

    public const decimal MostHours = 10_000m;
    public const decimal MostHourlyRate = 10_000m;
    public const decimal MeasureLimit = 1_000_000_000_000m;

    public UpdateImpactReviewValidator(TimeProvider clock)
    {
        var today = () => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command)
            .Must(command => (command.Learner is null) != (command.Manager is null))
            .WithName("part").OverridePropertyName("part")
            .WithMessage("Send one part of the review: the learner's or the manager's.");

        When(command => command.Learner is not null, () =>
        {
            RuleFor(command => command.Learner!.ReactionRating).InclusiveBetween(1, 5)
                .WithMessage("Rate the learning's relevance and value from 1 (poor) to 5 (excellent).").OverridePropertyName("learner.reactionRating");
            RuleFor(command => command.Learner!.ReactionComment).MaximumLength(TextLength)
                .WithMessage($"Keep the comment to {TextLength} characters.").OverridePropertyName("learner.reactionComment");
        });

        When(command => command.Manager is not null, () =>
        {
            RuleFor(command => command.Manager!.Outcomes)
                .Must(outcomes => outcomes is null || outcomes.Count <= MostOutcomes).WithMessage($"Give at most {MostOutcomes} outcomes.")
                .Must(outcomes => outcomes is null || outcomes.All(outcome => outcome is not null)).WithMessage("An outcome cannot be null.")
                .Must(outcomes => outcomes is null || outcomes.Any(outcome => outcome is null) || outcomes.Select(outcome => outcome.Index).Distinct().Count() == outcomes.Count)
                .WithMessage("Give each outcome once.").OverridePropertyName("manager.outcomes");
            RuleForEach(command => command.Manager!.Outcomes).Where(outcome => outcome is not null).ChildRules(outcome =>
            {
                outcome.RuleFor(item => item.Index).GreaterThanOrEqualTo(0).WithMessage("Outcome positions start at 0.");
                outcome.RuleFor(item => item.Evidence).MaximumLength(TextLength).WithMessage($"Keep the evidence to {TextLength} characters.");
            }).OverridePropertyName("manager.outcomes");

            RuleFor(command => command.Manager!.Behaviour!).ChildRules(behaviour =>
            {
                behaviour.RuleFor(item => item.Examples).MaximumLength(TextLength).WithMessage($"Keep the examples to {TextLength} characters.");
                behaviour.RuleFor(item => item.TransferRating).InclusiveBetween(1, 5)
                    .WithMessage("Rate the transfer to the job from 1 (none) to 5 (fully applied).");
                behaviour.RuleFor(item => item.Barriers).MaximumLength(TextLength).WithMessage($"Keep the barriers to {TextLength} characters.");
                behaviour.RuleFor(item => item.Enablers).MaximumLength(TextLength).WithMessage($"Keep the enablers to {TextLength} characters.");
            }).OverridePropertyName("manager.behaviour");

            RuleFor(command => command.Manager!.Results!).ChildRules(results =>
            {
                results.RuleFor(item => item.ValueNow).InclusiveBetween(-MeasureLimit, MeasureLimit)
                    .WithMessage("The value is out of range.")
                    .Must(value => value is null || HasPlaces(value.Value, 4)).WithMessage("Give the value to at most four decimal places.");
                results.RuleFor(item => item.ValueNowOn).NotNull().When(item => item.ValueNow is not null)
                    .WithMessage("Give the date the value was measured.");
                results.RuleFor(item => item.ValueNowOn).Must(date => date is null || date <= today())
                    .WithMessage("The value cannot be measured on a date still to come.");
            }).OverridePropertyName("manager.results");

            RuleFor(command => command.Manager!.Isolation!).ChildRules(isolation =>
            {
                isolation.RuleFor(item => item.Method).Must(method => method is null || IsolationMethods.All.Contains(method))
                    .WithMessage($"Method is one of {string.Join(", ", IsolationMethods.All)}.");
                Percent(isolation.RuleFor(item => item.AttributionPercent), "Attribution");
                Percent(isolation.RuleFor(item => item.ConfidencePercent), "Confidence");
            }).OverridePropertyName("manager.isolation");

            RuleFor(command => command.Manager!.Money!).ChildRules(money =>
            {
                Money(money.RuleFor(item => item.BenefitPerUnit));
                Money(money.RuleFor(item => item.AnnualisedBenefit));
                Money(money.RuleFor(item => item.Fees));
                Money(money.RuleFor(item => item.Travel));
                Money(money.RuleFor(item => item.Materials));
                Money(money.RuleFor(item => item.Backfill));
                Money(money.RuleFor(item => item.ManagerTime));
                money.RuleFor(item => item.LearnerHours).InclusiveBetween(0m, MostHours)
                    .WithMessage($"Give the learner's hours, between 0 and {MostHours:N0}.")
                    .Must(hours => hours is null || HasPlaces(hours.Value, 2)).WithMessage("Give hours to at most two decimal places.");
                money.RuleFor(item => item.LoadedHourlyRate).InclusiveBetween(0m, MostHourlyRate)
                    .WithMessage($"Give the loaded hourly rate, between 0 and {MostHourlyRate:N0}.")
                    .Must(rate => rate is null || HasPlaces(rate.Value, 2)).WithMessage("Give amounts to the penny: at most two decimal places.");
                money.RuleFor(item => item.Intangibles).MaximumLength(TextLength).WithMessage($"Keep the intangibles to {TextLength} characters.");
            }).OverridePropertyName("manager.money");

            RuleFor(command => command.Manager!.WhatNext).MaximumLength(TextLength)
                .WithMessage($"Keep what next to {TextLength} characters.").OverridePropertyName("manager.whatNext");
        });

        // Recording needs what the ROI and the report rest on; a draft may leave any of it for later.
        When(command => command.Manager is { Record: true }, () =>
        {
            RuleFor(command => command.Manager!.Behaviour).Must(behaviour => behaviour?.TransferRating is not null)
                .WithMessage("Rate how far the learning transferred to the job (1–5) before recording the review.")
                .OverridePropertyName("manager.behaviour.transferRating");
            RuleFor(command => command.Manager!.Results).Must(results => results?.ValueNow is not null)
                .WithMessage("Give the business measure's value now before recording the review.")
                .OverridePropertyName("manager.results.valueNow");
            RuleFor(command => command.Manager!.Results).Must(results => results?.ValueNowOn is not null)
                .WithMessage("Give the date the value was measured.")
                .OverridePropertyName("manager.results.valueNowOn");
            RuleFor(command => command.Manager!.Isolation).Must(isolation => isolation?.Method is not null)
                .WithMessage("Say how the learning's effect was isolated before recording the review.")
                .OverridePropertyName("manager.isolation.method");
            RuleFor(command => command.Manager!.Isolation).Must(isolation => isolation?.AttributionPercent is not null)
                .WithMessage("Give the share of the change due to the learning (0–100 %).")
                .OverridePropertyName("manager.isolation.attributionPercent");
            RuleFor(command => command.Manager!.Isolation).Must(isolation => isolation?.ConfidencePercent is not null)
                .WithMessage("Give your confidence in that estimate (0–100 %).")
                .OverridePropertyName("manager.isolation.confidencePercent");
        });
    }

    private static void Money<T>(IRuleBuilderInitial<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, MostMoney).WithMessage($"Give an amount between 0 and {MostMoney:N0}.")
            .Must(amount => amount is null || HasPlaces(amount.Value, 2)).WithMessage("Give amounts to the penny: at most two decimal places.");

    private static void Percent<T>(IRuleBuilderInitial<T, decimal?> rule, string what) =>
        rule.InclusiveBetween(0m, 100m).WithMessage($"{what} is a percentage between 0 and 100.")
            .Must(percent => percent is null || HasPlaces(percent.Value, 2)).WithMessage("Give percentages to at most two decimal places.");

    private static bool HasPlaces(decimal value, int places) => decimal.Round(value, places) == value;
}
