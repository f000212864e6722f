using FluentValidation;
using WbL.Modules.SolutionSelection.Features.CreateProvider;

namespace WbL.Modules.SolutionSelection.Features.UpdateProvider;

internal sealed class UpdateProviderValidator : AbstractValidator<UpdateProviderCommand>
{
    public UpdateProviderValidator(TimeProvider clock)
    {
        Include(new ProviderFieldsValidator(clock));
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
