using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

internal sealed class ListDevelopmentNeedsHandler(NeedListing listing, IOrganisationDirectory directory, ICurrentUser currentUser)
    : IQueryHandler<ListDevelopmentNeedsQuery, DevelopmentNeedPage>
{
    public async ValueTask<DevelopmentNeedPage> Handle(ListDevelopmentNeedsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.PersonId;
        var close = (await directory.DirectReportsAsync(me, cancellationToken)).Select(person => person.Id).Append(me).ToList();
        IReadOnlyCollection<Guid>? learners = currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin)
            ? null
            : (await directory.PeopleBelowAsync(me, cancellationToken)).Append(me).ToList();
        return await listing.ListAsync(learners, close, query.Status, query.Limit, query.After, cancellationToken);
    }
}
