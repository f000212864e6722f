using FluentValidation;

namespace WbL.Modules.LearningSets.Features.UpdateLearningSet;

internal sealed class UpdateLearningSetValidator : AbstractValidator<UpdateLearningSetCommand>
{
    public UpdateLearningSetValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
        RuleFor(command => command.Name).NotEmpty().WithMessage("Give the set a name.").MaximumLength(200);
        RuleFor(command => command.Purpose).NotEmpty().WithMessage("Say what the set is for.").MaximumLength(4000);
        RuleFor(command => command.MeetingCadence).NotEmpty().WithMessage("Say how often the set means to meet, e.g. \"every 4 weeks\".").MaximumLength(100);
        RuleFor(command => command.Status).Must(status => SetStatuses.All.Contains(status))
            .WithMessage($"Status is one of {string.Join(", ", SetStatuses.All)}.");
    }
}
