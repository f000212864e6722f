using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

internal sealed class CreateDevelopmentNeedValidator : AbstractValidator<CreateDevelopmentNeedCommand>
{
    public CreateDevelopmentNeedValidator()
    {
        RuleFor(command => command.LearnerId).NotEmpty().WithMessage("Say whose need this is.");
        Include(new DevelopmentNeedFieldsValidator());
    }
}
