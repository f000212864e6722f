using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateOffering;

internal sealed class CreateOfferingValidator : AbstractValidator<CreateOfferingCommand>
{
    public CreateOfferingValidator() => Include(new OfferingFieldsValidator());
}
