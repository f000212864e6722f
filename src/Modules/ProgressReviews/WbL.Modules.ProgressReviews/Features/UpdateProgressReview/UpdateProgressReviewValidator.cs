using FluentValidation;

namespace WbL.Modules.ProgressReviews.Features.UpdateProgressReview;

internal sealed class UpdateProgressReviewValidator : AbstractValidator<UpdateProgressReviewCommand>
{
    public const int MostActions = 50;
    public const int MostLinks = 10;

    public UpdateProgressReviewValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command)
            .Must(command => (command.Learner is null) != (command.Manager is null))
            .WithName("part").OverridePropertyName("part")
            .WithMessage("Send one part of the review: the learner's or the manager's.");
        When(command => command.Learner is not null, () =>
        {
            RuleFor(command => command.Learner!.Reflection).MaximumLength(4000).OverridePropertyName("learner.reflection");
            RuleFor(command => command.Learner!.Barriers).MaximumLength(4000).OverridePropertyName("learner.barriers");
            RuleFor(command => command.Learner!.SupportNeeded).MaximumLength(4000).OverridePropertyName("learner.supportNeeded");
            RuleFor(command => command.Learner!.Outcomes)
                .Must(outcomes => outcomes is null || outcomes.Select(outcome => outcome.Index).Distinct().Count() == outcomes.Count)
                .WithMessage("Give each outcome once.").OverridePropertyName("learner.outcomes");
            RuleForEach(command => command.Learner!.Outcomes).ChildRules(outcome =>
            {
                outcome.RuleFor(item => item.Index).GreaterThanOrEqualTo(0).WithMessage("Outcome positions start at 0.");
                outcome.RuleFor(item => item.Evidence).MaximumLength(4000);
                outcome.RuleFor(item => item.Links).Must(links => links is null || links.Count <= MostLinks)
                    .WithMessage($"Give at most {MostLinks} links for an outcome.");
                outcome.RuleForEach(item => item.Links)
                    .Must(IsWebAddress).WithMessage("Give each link as a full web address (https://…).")
                    .MaximumLength(2000);
            });
        });
        When(command => command.Manager is not null, () =>
        {
            RuleFor(command => command.Manager!.HeldOn).NotNull().When(command => command.Manager!.Record)
                .WithMessage("Give the date the review was held.").OverridePropertyName("manager.heldOn");
            RuleFor(command => command.Manager!.OverallStatus).NotEmpty().When(command => command.Manager!.Record)
                .WithMessage("Say whether the learning is on track, at risk or off track.").OverridePropertyName("manager.overallStatus");
            RuleFor(command => command.Manager!.OverallStatus)
                .Must(status => status is null || OverallStatuses.All.Contains(status))
                .WithMessage($"Overall status is one of {string.Join(", ", OverallStatuses.All)}.").OverridePropertyName("manager.overallStatus");
            RuleFor(command => command.Manager!.TimeGivenHours).InclusiveBetween(0m, 1000m)
                .WithMessage("Give the hours actually given, between 0 and 1000.").OverridePropertyName("manager.timeGivenHours");
            RuleFor(command => command.Manager!.ManagerNotes).MaximumLength(4000).OverridePropertyName("manager.managerNotes");
            RuleFor(command => command.Manager!.Outcomes)
                .Must(outcomes => outcomes is null || outcomes.Select(outcome => outcome.Index).Distinct().Count() == outcomes.Count)
                .WithMessage("Give each outcome once.").OverridePropertyName("manager.outcomes");
            RuleForEach(command => command.Manager!.Outcomes).ChildRules(outcome =>
            {
                outcome.RuleFor(item => item.Index).GreaterThanOrEqualTo(0).WithMessage("Outcome positions start at 0.");
                outcome.RuleFor(item => item.Rating).Must(rating => rating is null || OutcomeRatings.All.Contains(rating))
                    .WithMessage($"Rating is one of {string.Join(", ", OutcomeRatings.All)}.");
            });
            RuleFor(command => command.Manager!.Actions).Must(actions => actions is null || actions.Count <= MostActions)
                .WithMessage($"Agree at most {MostActions} actions at one review.").OverridePropertyName("manager.actions");
            RuleForEach(command => command.Manager!.Actions).ChildRules(action =>
            {
                action.RuleFor(item => item.Description).NotEmpty().WithMessage("Say what the action is.").MaximumLength(500);
                action.RuleFor(item => item.OwnerId).NotNull().WithMessage("Say who owns the action.");
                action.RuleFor(item => item.DueOn).NotNull().WithMessage("Give the date the action is due.");
            });
        });
    }

    private static bool IsWebAddress(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
