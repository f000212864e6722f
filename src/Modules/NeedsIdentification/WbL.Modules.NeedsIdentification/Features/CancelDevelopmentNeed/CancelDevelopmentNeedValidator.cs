using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CancelDevelopmentNeed;

internal sealed class CancelDevelopmentNeedValidator : AbstractValidator<CancelDevelopmentNeedCommand>
{
    public CancelDevelopmentNeedValidator()
    {
        RuleFor(command => command.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason))
            .WithMessage("Say why the need is cancelled; the reason stays in the plan's history.").MaximumLength(1000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
