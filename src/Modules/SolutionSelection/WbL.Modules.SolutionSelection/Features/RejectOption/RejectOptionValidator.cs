using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.RejectOption;

internal sealed class RejectOptionValidator : AbstractValidator<RejectOptionCommand>
{
    public RejectOptionValidator()
    {
        RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Say why this option was rejected.").MaximumLength(2000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
