using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.GetOrgUnit;

[AllowAnySignedInUser]
internal sealed record GetOrgUnitQuery(Guid Id) : IQuery<OrgUnitResponse>;
