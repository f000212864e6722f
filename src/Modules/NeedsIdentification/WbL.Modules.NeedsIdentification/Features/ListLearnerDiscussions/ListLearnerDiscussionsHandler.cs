using Mediator;
using WbL.Modules.NeedsIdentification.Features.ListDiscussions;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerDiscussions;

internal sealed class ListLearnerDiscussionsHandler(DiscussionListing listing, RequestAccess access)
    : IQueryHandler<ListLearnerDiscussionsQuery, Page<DiscussionResponse>>
{
    public async ValueTask<Page<DiscussionResponse>> Handle(ListLearnerDiscussionsQuery query, CancellationToken cancellationToken) =>
        await listing.ListAsync([query.LearnerId], access.IsClose, query.Limit, query.After, cancellationToken);
}
