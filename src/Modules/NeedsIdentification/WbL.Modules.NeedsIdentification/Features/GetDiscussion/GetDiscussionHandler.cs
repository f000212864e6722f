using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.GetDiscussion;

internal sealed class GetDiscussionHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, RequestAccess access)
    : IQueryHandler<GetDiscussionQuery, DiscussionResponse>
{
    public async ValueTask<DiscussionResponse> Handle(GetDiscussionQuery query, CancellationToken cancellationToken) =>
        await Discussions.FindAsync(session, dialect, directory, query.Id, access.IsClose, cancellationToken) ?? throw new NotFoundException("Discussion", query.Id);
}
