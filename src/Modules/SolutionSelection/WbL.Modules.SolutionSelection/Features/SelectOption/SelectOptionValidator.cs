using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.SelectOption;

internal sealed class SelectOptionValidator : AbstractValidator<SelectOptionCommand>
{
    public SelectOptionValidator()
    {
        RuleFor(command => command.Rationale).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Say why this option was chosen over the others.").MaximumLength(2000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
