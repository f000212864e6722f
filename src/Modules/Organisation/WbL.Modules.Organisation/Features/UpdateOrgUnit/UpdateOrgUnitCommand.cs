using Mediator;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.UpdateOrgUnit;

[RequiresRole(Roles.Admin)]
internal sealed record UpdateOrgUnitCommand(Guid Id, string Name, string Kind, Guid? ParentId, int Version) : ICommand<OrgUnitResponse>, IOrgUnitFields;
