using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.WithdrawContract;

internal sealed class WithdrawContractValidator : AbstractValidator<WithdrawContractCommand>
{
    public WithdrawContractValidator()
    {
        RuleFor(command => command.Reason).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Say why the contract is withdrawn.").MaximumLength(2000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
