using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.ConfirmDevelopmentNeed;

internal sealed class ConfirmDevelopmentNeedValidator : AbstractValidator<ConfirmDevelopmentNeedCommand>
{
    public ConfirmDevelopmentNeedValidator() =>
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
}
