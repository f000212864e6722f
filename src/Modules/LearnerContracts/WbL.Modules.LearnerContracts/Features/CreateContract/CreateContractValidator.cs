using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

internal sealed class CreateContractValidator : AbstractValidator<CreateContractCommand>
{
    public CreateContractValidator() => RuleFor(command => command.Terms).SetValidator(new ContractTermsValidator(outcomesMayBeOmitted: true));
}
