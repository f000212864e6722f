using FluentValidation;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

namespace WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

internal sealed class RecordDiscussionValidator : AbstractValidator<RecordDiscussionCommand>
{
    public RecordDiscussionValidator(TimeProvider clock)
    {
        RuleFor(command => command.LearnerId).NotEmpty().WithMessage("Say who the discussion was with.");
        Include(new DiscussionFieldsValidator(clock));
        RuleFor(command => command.IdentifiedNeeds).Must(needs => needs.Count <= 10).WithMessage("Record at most 10 needs from one discussion.");
        RuleForEach(command => command.IdentifiedNeeds).SetValidator(new DevelopmentNeedFieldsValidator());
    }
}
