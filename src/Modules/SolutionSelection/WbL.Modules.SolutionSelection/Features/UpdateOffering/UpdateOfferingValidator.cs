using FluentValidation;
using WbL.Modules.SolutionSelection.Features.CreateOffering;

namespace WbL.Modules.SolutionSelection.Features.UpdateOffering;

internal sealed class UpdateOfferingValidator : AbstractValidator<UpdateOfferingCommand>
{
    public UpdateOfferingValidator()
    {
        Include(new OfferingFieldsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
