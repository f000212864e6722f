using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.ProposeContract;

internal sealed class ProposeContractValidator : AbstractValidator<ProposeContractCommand>
{
    public ProposeContractValidator() => RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
}
