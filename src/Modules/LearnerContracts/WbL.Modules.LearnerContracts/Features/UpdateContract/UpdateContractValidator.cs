using FluentValidation;
using WbL.Modules.LearnerContracts.Features.CreateContract;

namespace WbL.Modules.LearnerContracts.Features.UpdateContract;

internal sealed class UpdateContractValidator : AbstractValidator<UpdateContractCommand>
{
    public UpdateContractValidator()
    {
        RuleFor(command => command.Terms).SetValidator(new ContractTermsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
