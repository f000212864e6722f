using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

internal sealed class CreateBusinessNeedValidator : AbstractValidator<CreateBusinessNeedCommand>
{
    public CreateBusinessNeedValidator()
    {
        RuleFor(command => command.OrgUnitId).NotEmpty().WithMessage("Choose the unit whose business plan this need comes from.");
        Include(new BusinessNeedFieldsValidator());
    }
}
