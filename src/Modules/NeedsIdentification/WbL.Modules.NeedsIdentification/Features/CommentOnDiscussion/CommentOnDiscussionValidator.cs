using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CommentOnDiscussion;

internal sealed class CommentOnDiscussionValidator : AbstractValidator<CommentOnDiscussionCommand>
{
    public CommentOnDiscussionValidator()
    {
        RuleFor(command => command.Comment).Must(comment => !string.IsNullOrWhiteSpace(comment))
            .WithMessage("Write your comment.").MaximumLength(4000);
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("Send the version you read.");
    }
}
