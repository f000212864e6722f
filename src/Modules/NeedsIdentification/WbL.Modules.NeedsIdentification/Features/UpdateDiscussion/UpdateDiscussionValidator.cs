using FluentValidation;
using WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDiscussion;

internal sealed class UpdateDiscussionValidator : AbstractValidator<UpdateDiscussionCommand>
{
    public UpdateDiscussionValidator(TimeProvider clock)
    {
        Include(new DiscussionFieldsValidator(clock));
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
