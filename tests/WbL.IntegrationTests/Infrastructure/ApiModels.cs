namespace WbL.IntegrationTests.Infrastructure;

// The tests read responses as a client would: through their JSON shape, not the server's types.
public sealed record Me(Guid Id, string Email, string DisplayName, string[] Roles, bool IsManager);

public sealed record OrgUnit(Guid Id, string Name, string Kind, Guid? ParentId, int Version);

public sealed record Person(Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId, Guid? ManagerId, string[] Roles, bool Active, bool IsManager, int Version);

public sealed record TeamMember(Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId);

public sealed record Page<T>(T[] Items, string? Next);
