using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.CompleteContract;

internal sealed class CompleteContractValidator : AbstractValidator<CompleteContractCommand>
{
    public CompleteContractValidator(TimeProvider clock)
    {
        RuleFor(command => command.CompletedOn).NotNull().WithMessage("Give the date the learning was completed.")
            .Must(date => date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The completion date cannot be in the future.");
        RuleFor(command => command.Outcome).Must(outcome => outcome is "Completed" or "PartlyCompleted")
            .WithMessage("Outcome is Completed or PartlyCompleted.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
