using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Access;

internal sealed class OrganisationDirectory(IDbSession session, ISqlDialect dialect) : IOrganisationDirectory
{
    private const string PersonColumns = "SELECT id, display_name, email, job_title, org_unit_id, manager_id, active FROM org_people";

    private const string PersonByIdSql = PersonColumns + " WHERE id = @Id";

    private const string PersonByEmailSql = PersonColumns + " WHERE email_normalized = @EmailNormalized";

    private const string PeopleByIdsSql = PersonColumns + " WHERE id IN @Ids";

    private const string HasRoleSql = "SELECT COUNT(1) FROM org_person_roles WHERE person_id = @PersonId AND role = @Role";

    private const string DirectReportsSql = PersonColumns + " WHERE manager_id = @ManagerId AND active = 1 ORDER BY display_name, id";

    // Each unit with its root: walk up from every requested unit and keep the top of each chain.
    private const string UnitsWithRootSql = """
        WITH chain (start_id, id, parent_id, depth) AS (
            SELECT id, id, parent_id, 0 FROM org_units WHERE id IN @Ids
            UNION ALL
            SELECT c.start_id, u.id, u.parent_id, c.depth + 1
            FROM org_units u
            INNER JOIN chain c ON u.id = c.parent_id
            WHERE c.depth < 64
        )
        SELECT u.id, u.name, u.kind, u.parent_id, r.id AS organisation_id
        FROM org_units u
        INNER JOIN chain r ON r.start_id = u.id AND r.parent_id IS NULL
        """;

    private const string DescendantsSql = """
        WITH tree (id, depth) AS (
            SELECT id, 0 FROM org_units WHERE id = @Id
            UNION ALL
            SELECT u.id, t.depth + 1
            FROM org_units u
            INNER JOIN tree t ON u.parent_id = t.id
            WHERE t.depth < 64
        )
        SELECT id FROM tree
        """;

    private const string PeopleBelowSql = """
        WITH line (id, depth) AS (
            SELECT id, 1 FROM org_people WHERE manager_id = @ManagerId
            UNION ALL
            SELECT p.id, l.depth + 1
            FROM org_people p
            INNER JOIN line l ON p.manager_id = l.id
            WHERE l.depth < 64
        )
        SELECT DISTINCT id FROM line
        """;

    public async ValueTask<bool> HasRoleAsync(Guid personId, string role, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(HasRoleSql, new { PersonId = personId, Role = role }, session.Transaction, cancellationToken: cancellationToken)) > 0;
    }

    public async ValueTask<PersonSummary?> FindPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(PersonByIdSql, new { Id = personId }, session.Transaction, cancellationToken: cancellationToken));
        return row?.ToSummary();
    }

    public async ValueTask<PersonSummary?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
            PersonByEmailSql, new { EmailNormalized = Emails.Normalize(email) }, session.Transaction, cancellationToken: cancellationToken));
        return row?.ToSummary();
    }

    public async ValueTask<IReadOnlyDictionary<Guid, PersonSummary>> FindPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, PersonSummary>();
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PersonRow>(new CommandDefinition(PeopleByIdsSql, new { Ids = dialect.IdList(personIds.Distinct()) }, session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSummary()).ToDictionary(person => person.Id);
    }

    public async ValueTask<UnitSummary?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await FindUnitsAsync([unitId], cancellationToken)).GetValueOrDefault(unitId);

    public async ValueTask<IReadOnlyDictionary<Guid, UnitSummary>> FindUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0)
        {
            return new Dictionary<Guid, UnitSummary>();
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UnitRow>(new CommandDefinition(UnitsWithRootSql, new { Ids = dialect.IdList(unitIds.Distinct()) }, session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new UnitSummary(row.Id, row.Name, row.Kind, row.ParentId, row.OrganisationId)).ToDictionary(unit => unit.Id);
    }

    public async ValueTask<IReadOnlyList<Guid>> UnitAndAncestorsAsync(Guid unitId, CancellationToken cancellationToken) =>
        await OrgUnits.SelfAndAncestorsAsync(session, unitId, cancellationToken);

    public async ValueTask<IReadOnlyList<Guid>> UnitAndDescendantsAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(DescendantsSql, new { Id = unitId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async ValueTask<IReadOnlyList<Guid>> PeopleBelowAsync(Guid managerId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(PeopleBelowSql, new { ManagerId = managerId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async ValueTask<IReadOnlyList<PersonSummary>> DirectReportsAsync(Guid managerId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PersonRow>(new CommandDefinition(DirectReportsSql, new { ManagerId = managerId }, session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSummary()).ToList();
    }

    private sealed class UnitRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public Guid? ParentId { get; init; }
        public Guid OrganisationId { get; init; }
    }

    private sealed class PersonRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string Email { get; init; } = "";
        public string JobTitle { get; init; } = "";
        public Guid OrgUnitId { get; init; }
        public Guid? ManagerId { get; init; }
        public bool Active { get; init; }

        public PersonSummary ToSummary() => new(Id, DisplayName, Email, JobTitle, OrgUnitId, ManagerId, Active);
    }
}
