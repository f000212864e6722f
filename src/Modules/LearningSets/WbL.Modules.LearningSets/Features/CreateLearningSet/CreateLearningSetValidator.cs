using FluentValidation;

namespace WbL.Modules.LearningSets.Features.CreateLearningSet;

internal sealed class CreateLearningSetValidator : AbstractValidator<CreateLearningSetCommand>
{
    public CreateLearningSetValidator()
    {
        RuleFor(command => command.Name).NotEmpty().WithMessage("Give the set a name.").MaximumLength(200);
        RuleFor(command => command.Purpose).NotEmpty().WithMessage("Say what the set is for.").MaximumLength(4000);
        RuleFor(command => command.FacilitatorId).NotEmpty().WithMessage("Say who facilitates the set.");
        RuleFor(command => command.MeetingCadence).NotEmpty().WithMessage("Say how often the set means to meet, e.g. \"every 4 weeks\".").MaximumLength(100);
        RuleFor(command => command.MemberIds)
            .Must(ids => ids.Count <= SetSize.Limit).WithMessage($"A set has at most {SetSize.Limit} members.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Name each member once.");
        RuleFor(command => command)
            .Must(command => !command.MemberIds.Contains(command.FacilitatorId))
            .WithMessage("The facilitator runs the set and is not one of its members.")
            .OverridePropertyName("memberIds");
    }
}
