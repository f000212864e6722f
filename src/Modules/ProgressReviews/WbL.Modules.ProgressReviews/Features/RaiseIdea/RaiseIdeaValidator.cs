using FluentValidation;

namespace WbL.Modules.ProgressReviews.Features.RaiseIdea;

internal sealed class RaiseIdeaValidator : AbstractValidator<RaiseIdeaCommand>
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 4000;

    public RaiseIdeaValidator()
    {
        RuleFor(command => command.Title).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Give the idea a short title.")
            .MaximumLength(TitleLength).WithMessage($"Keep the title to {TitleLength} characters.");
        RuleFor(command => command.Description).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Describe the idea: what you would change, and why.")
            .MaximumLength(DescriptionLength).WithMessage($"Keep the description to {DescriptionLength} characters.");
    }
}
