using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateProvider;

internal sealed class CreateProviderValidator : AbstractValidator<CreateProviderCommand>
{
    public CreateProviderValidator(TimeProvider clock) => Include(new ProviderFieldsValidator(clock));
}
