using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateSolutionType;

internal sealed class CreateSolutionTypeValidator : AbstractValidator<CreateSolutionTypeCommand>
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 200;

    public CreateSolutionTypeValidator()
    {
        // Codes are stored on options and offerings and shown to integrations, so they stay plain identifiers.
        RuleFor(command => command.Code).Matches("^[A-Z][A-Za-z]*$")
            .WithMessage("Give the code in PascalCase letters only, e.g. JobRotation.")
            .MaximumLength(CodeMaxLength);
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the solution type a name.")
            .MaximumLength(NameMaxLength);
    }
}
