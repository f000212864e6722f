using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.CommentOnDiscussion;

/// <summary>The learner adds their own view to the manager's record of the 1:1.</summary>
internal sealed record CommentOnDiscussionCommand(Guid Id, string Comment, int Version) : ICommand<DiscussionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Discussion;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Own;
}
