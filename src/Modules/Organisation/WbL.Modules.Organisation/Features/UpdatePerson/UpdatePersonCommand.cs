using Mediator;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.UpdatePerson;

[RequiresRole(WbL.SharedKernel.Authorization.Roles.Admin)]
internal sealed record UpdatePersonCommand(
    Guid Id,
    string DisplayName,
    string Email,
    string? JobTitle,
    Guid OrgUnitId,
    Guid? ManagerId,
    IReadOnlyList<string> Roles,
    bool Active,
    string? Password,
    int Version) : ICommand<PersonResponse>, IPersonFields;
