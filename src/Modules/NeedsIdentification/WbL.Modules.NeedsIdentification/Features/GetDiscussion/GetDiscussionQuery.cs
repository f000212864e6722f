using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.GetDiscussion;

internal sealed record GetDiscussionQuery(Guid Id) : IQuery<DiscussionResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Discussion;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
