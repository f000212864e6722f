using FluentValidation;

namespace WbL.Modules.ImpactReviews.Features.StartSecondPhase;

/// <summary>The basics; the need's own rules (outcomes worded as achievable statements, priorities…) are checked by Needs identification.</summary>
internal sealed class StartSecondPhaseValidator : AbstractValidator<StartSecondPhaseCommand>
{
    public StartSecondPhaseValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the second phase a title.")
            .MaximumLength(200).WithMessage("Keep the title to 200 characters.");
        RuleFor(command => command.LearningOutcomes).Must(outcomes => outcomes is { Count: > 0 })
            .WithMessage("List at least one learning outcome for the second phase.");
    }
}
