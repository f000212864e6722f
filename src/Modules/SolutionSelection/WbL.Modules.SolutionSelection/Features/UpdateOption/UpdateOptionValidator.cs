using FluentValidation;
using WbL.Modules.SolutionSelection.Features.AddOption;

namespace WbL.Modules.SolutionSelection.Features.UpdateOption;

internal sealed class UpdateOptionValidator : AbstractValidator<UpdateOptionCommand>
{
    public UpdateOptionValidator()
    {
        Include(new OptionFieldsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
