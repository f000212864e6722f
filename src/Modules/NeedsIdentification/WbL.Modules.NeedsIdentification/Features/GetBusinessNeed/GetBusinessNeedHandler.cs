using Mediator;
using WbL.Modules.NeedsIdentification.Access;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.GetBusinessNeed;

internal sealed class GetBusinessNeedHandler(IDbSession session, IOrganisationDirectory directory, BusinessNeedScopes scopes)
    : IQueryHandler<GetBusinessNeedQuery, BusinessNeedResponse>
{
    public async ValueTask<BusinessNeedResponse> Handle(GetBusinessNeedQuery query, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForCallerAsync(cancellationToken);
        var row = await BusinessNeeds.FindAsync(session, query.Id, cancellationToken);
        if (row is null || !scope.CanRead(row.OrgUnitId))
        {
            throw new NotFoundException("Business need", query.Id);
        }
        var unit = await directory.FindUnitAsync(row.OrgUnitId, cancellationToken);
        return row.ToResponse(unit?.Name ?? "", scope.CanWrite(row.OrgUnitId));
    }
}
