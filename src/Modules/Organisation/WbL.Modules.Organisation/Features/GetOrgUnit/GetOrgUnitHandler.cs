using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.GetOrgUnit;

internal sealed class GetOrgUnitHandler(IDbSession session) : IQueryHandler<GetOrgUnitQuery, OrgUnitResponse>
{
    public async ValueTask<OrgUnitResponse> Handle(GetOrgUnitQuery query, CancellationToken cancellationToken) =>
        await OrgUnits.FindAsync(session, query.Id, cancellationToken) ?? throw new NotFoundException("Org unit", query.Id);
}
