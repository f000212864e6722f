using FluentValidation;

namespace WbL.Modules.Organisation.Features.CreateOrgUnit;

internal sealed class CreateOrgUnitValidator : AbstractValidator<CreateOrgUnitCommand>
{
    public CreateOrgUnitValidator() => Include(new OrgUnitFieldsValidator());
}
