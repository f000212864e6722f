using FluentValidation;
using WbL.Modules.SolutionSelection.Features.CreateSolutionType;

namespace WbL.Modules.SolutionSelection.Features.UpdateSolutionType;

internal sealed class UpdateSolutionTypeValidator : AbstractValidator<UpdateSolutionTypeCommand>
{
    public UpdateSolutionTypeValidator()
    {
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the solution type a name.")
            .MaximumLength(CreateSolutionTypeValidator.NameMaxLength);
        RuleFor(command => command.Active).NotNull().WithMessage("Say whether the type is still offered.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
