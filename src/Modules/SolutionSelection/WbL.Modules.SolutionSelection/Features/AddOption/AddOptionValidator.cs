using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

internal sealed class AddOptionValidator : AbstractValidator<AddOptionCommand>
{
    public AddOptionValidator() => Include(new OptionFieldsValidator());
}
