using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.AmendContract;

internal sealed class AmendContractValidator : AbstractValidator<AmendContractCommand>
{
    public AmendContractValidator() => RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
}
