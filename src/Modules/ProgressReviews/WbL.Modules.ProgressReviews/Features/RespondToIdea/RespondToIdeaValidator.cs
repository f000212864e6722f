using FluentValidation;

namespace WbL.Modules.ProgressReviews.Features.RespondToIdea;

internal sealed class RespondToIdeaValidator : AbstractValidator<RespondToIdeaCommand>
{
    public const int ReasonLength = 2000;

    public RespondToIdeaValidator()
    {
        RuleFor(command => command.Decision).Must(IdeaStatuses.Decisions.Contains)
            .WithMessage($"Decision must be one of: {string.Join(", ", IdeaStatuses.Decisions)}.");
        RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text))
            .When(command => command.Decision == IdeaStatuses.Declined)
            .WithMessage("Say why the idea cannot be implemented.");
        RuleFor(command => command.Reason).MaximumLength(ReasonLength).WithMessage($"Keep the reason to {ReasonLength} characters.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
