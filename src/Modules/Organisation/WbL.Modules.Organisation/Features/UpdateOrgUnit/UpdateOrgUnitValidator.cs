using FluentValidation;
using WbL.Modules.Organisation.Features.CreateOrgUnit;

namespace WbL.Modules.Organisation.Features.UpdateOrgUnit;

internal sealed class UpdateOrgUnitValidator : AbstractValidator<UpdateOrgUnitCommand>
{
    public UpdateOrgUnitValidator()
    {
        Include(new OrgUnitFieldsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
