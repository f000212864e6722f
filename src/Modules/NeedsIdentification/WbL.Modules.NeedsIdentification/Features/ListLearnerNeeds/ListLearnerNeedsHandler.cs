using Mediator;
using WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerNeeds;

internal sealed class ListLearnerNeedsHandler(NeedListing listing, RequestAccess access) : IQueryHandler<ListLearnerNeedsQuery, DevelopmentNeedPage>
{
    public async ValueTask<DevelopmentNeedPage> Handle(ListLearnerNeedsQuery query, CancellationToken cancellationToken) =>
        await listing.ListAsync([query.LearnerId], access.IsClose ? [query.LearnerId] : [], query.Status, query.Limit, query.After, cancellationToken);
}
