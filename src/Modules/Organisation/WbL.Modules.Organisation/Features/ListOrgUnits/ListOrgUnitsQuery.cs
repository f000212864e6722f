using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListOrgUnits;

[AllowAnySignedInUser]
internal sealed record ListOrgUnitsQuery(int? Limit, string? After) : IQuery<Page<OrgUnitResponse>>;
