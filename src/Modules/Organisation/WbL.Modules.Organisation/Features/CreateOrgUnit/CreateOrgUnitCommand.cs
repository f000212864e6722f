using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.CreateOrgUnit;

[RequiresRole(Roles.Admin)]
internal sealed record CreateOrgUnitCommand(string Name, string Kind, Guid? ParentId) : ICommand<OrgUnitResponse>, IOrgUnitFields;
