using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

internal sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator()
    {
        Include(new ProgrammeFieldsValidator());
        RuleFor(command => command.CompetencyTag).Must(tag => !string.IsNullOrWhiteSpace(tag))
            .WithMessage("Name the competency the programme develops.").MaximumLength(60);
    }
}
