using FluentValidation;

namespace WbL.Modules.LearningSets.Features.CreateMeeting;

internal sealed class CreateMeetingValidator : AbstractValidator<CreateMeetingCommand>
{
    public CreateMeetingValidator()
    {
        RuleFor(command => command.HeldOn).NotEqual(default(DateOnly)).WithMessage("Say when the meeting is held.");
        RuleFor(command => command.Mode).Must(mode => MeetingModes.All.Contains(mode))
            .WithMessage($"Mode is one of {string.Join(", ", MeetingModes.All)}.");
        RuleFor(command => command.CoordinatorId).NotEqual(Guid.Empty).WithMessage("Name a member as coordinator, or leave it out for the suggestion.");
    }
}
