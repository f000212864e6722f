using FluentValidation;
using WbL.Modules.SolutionSelection.Features.CreateProgramme;

namespace WbL.Modules.SolutionSelection.Features.UpdateProgramme;

internal sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeValidator()
    {
        Include(new ProgrammeFieldsValidator());
        RuleFor(command => command.Status).Must(ProgrammeStatuses.All.Contains)
            .WithMessage($"Status must be one of: {string.Join(", ", ProgrammeStatuses.All)}.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
