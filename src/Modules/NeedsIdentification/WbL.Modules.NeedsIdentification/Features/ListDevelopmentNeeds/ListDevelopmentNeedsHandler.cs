using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

internal sealed class ListLearnerNeedsHandler(NeedListing listing, RequestAccess access) : IQueryHandler<ListLearnerNeedsQuery, DevelopmentNeedPage>
{
    public async ValueTask<DevelopmentNeedPage> Handle(ListLearnerNeedsQuery query, CancellationToken cancellationToken) =>
        await listing.ListAsync([query.LearnerId], access.IsClose ? [query.LearnerId] : [], query.Status, query.Limit, query.After, cancellationToken);
}

internal sealed class ListVisibleNeedsHandler(NeedListing listing, IOrganisationDirectory directory, ICurrentUser currentUser)
    : IQueryHandler<ListVisibleNeedsQuery, DevelopmentNeedPage>
{
    public async ValueTask<DevelopmentNeedPage> Handle(ListVisibleNeedsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.PersonId;
        var close = (await directory.DirectReportsAsync(me, cancellationToken)).Select(person => person.Id).Append(me).ToList();
        IReadOnlyCollection<Guid>? learners = currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin)
            ? null
            : (await directory.PeopleBelowAsync(me, cancellationToken)).Append(me).ToList();
        return await listing.ListAsync(learners, close, query.Status, query.Limit, query.After, cancellationToken);
    }
}
