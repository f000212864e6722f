using FluentValidation;

namespace WbL.Modules.LearnerContracts.Features.RequestContractChanges;

internal sealed class RequestContractChangesValidator : AbstractValidator<RequestContractChangesCommand>
{
    public RequestContractChangesValidator()
    {
        RuleFor(command => command.Comment).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Say what you would like changed.").MaximumLength(2000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
