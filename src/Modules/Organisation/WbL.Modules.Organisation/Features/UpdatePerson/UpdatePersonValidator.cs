using FluentValidation;
using WbL.Modules.Organisation.Features.CreatePerson;

namespace WbL.Modules.Organisation.Features.UpdatePerson;

internal sealed class UpdatePersonValidator : AbstractValidator<UpdatePersonCommand>
{
    public UpdatePersonValidator()
    {
        Include(new PersonFieldsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command.ManagerId).NotEqual(command => command.Id).WithMessage("A person cannot be their own manager.");
    }
}
