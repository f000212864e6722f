using FluentValidation;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDevelopmentNeed;

internal sealed class UpdateDevelopmentNeedValidator : AbstractValidator<UpdateDevelopmentNeedCommand>
{
    public UpdateDevelopmentNeedValidator()
    {
        Include(new DevelopmentNeedFieldsValidator());
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
