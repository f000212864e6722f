using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.SignContract;

internal sealed class SignContractValidator : AbstractValidator<SignContractCommand>
{
    public SignContractValidator()
    {
        RuleFor(command => command.VersionNumber).GreaterThan(0).WithMessage("Say which version of the terms you are signing.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
