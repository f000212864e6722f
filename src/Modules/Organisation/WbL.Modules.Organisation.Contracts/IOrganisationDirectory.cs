namespace WbL.Modules.Organisation.Contracts;

/// <summary>A person as other modules may see them.</summary>
public sealed record PersonSummary(Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId, Guid? ManagerId, bool Active);

/// <summary>An org unit with the organisation (root unit) it belongs to.</summary>
public sealed record UnitSummary(Guid Id, string Name, string Kind, Guid? ParentId, Guid OrganisationId);

/// <summary>
/// Read-only questions other modules ask about people, units and reporting lines. The only way
/// into the Organisation module's records from outside it.
/// </summary>
public interface IOrganisationDirectory
{
    ValueTask<PersonSummary?> FindPersonAsync(Guid personId, CancellationToken cancellationToken);

    ValueTask<PersonSummary?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken);

    ValueTask<IReadOnlyDictionary<Guid, PersonSummary>> FindPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    ValueTask<UnitSummary?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyDictionary<Guid, UnitSummary>> FindUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken);

    /// <summary>The unit and every unit above it, nearest first.</summary>
    ValueTask<IReadOnlyList<Guid>> UnitAndAncestorsAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>The unit and every unit below it.</summary>
    ValueTask<IReadOnlyList<Guid>> UnitAndDescendantsAsync(Guid unitId, CancellationToken cancellationToken);

    /// <summary>Everyone below the manager in their reporting line, at any depth.</summary>
    ValueTask<IReadOnlyList<Guid>> PeopleBelowAsync(Guid managerId, CancellationToken cancellationToken);

    /// <summary>Whether the person holds a granted role (HR, Admin, Facilitator).</summary>
    ValueTask<bool> HasRoleAsync(Guid personId, string role, CancellationToken cancellationToken);

    /// <summary>Active people who report directly to the manager.</summary>
    ValueTask<IReadOnlyList<PersonSummary>> DirectReportsAsync(Guid managerId, CancellationToken cancellationToken);
}
