using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.CreatePerson;

[RequiresRole(WbL.SharedKernel.Authorization.Roles.Admin)]
internal sealed record CreatePersonCommand(
    string DisplayName,
    string Email,
    string? JobTitle,
    Guid OrgUnitId,
    Guid? ManagerId,
    IReadOnlyList<string> Roles,
    bool Active,
    string? Password) : ICommand<PersonResponse>, IPersonFields;

/// <summary>The fields that creating and editing a person share, so one validator covers both.</summary>
internal interface IPersonFields
{
    string DisplayName { get; }
    string Email { get; }
    string? JobTitle { get; }
    Guid OrgUnitId { get; }
    IReadOnlyList<string> Roles { get; }
    string? Password { get; }
}
