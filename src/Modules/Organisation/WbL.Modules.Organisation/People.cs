using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation;

public sealed record PersonResponse(
    Guid Id,
    string DisplayName,
    string Email,
    string JobTitle,
    Guid OrgUnitId,
    Guid? ManagerId,
    IReadOnlyList<string> Roles,
    bool Active,
    bool IsManager,
    int Version);

/// <summary>Reads shared by the people use cases.</summary>
internal static class People
{
    public const string SelectColumns = """
        SELECT p.id, p.display_name, p.email, p.job_title, p.org_unit_id, p.manager_id, p.active, p.version,
               CASE WHEN EXISTS (SELECT 1 FROM org_people r WHERE r.manager_id = p.id AND r.active = 1) THEN 1 ELSE 0 END AS is_manager
        FROM org_people p
        """;

    private const string ByIdSql = SelectColumns + " WHERE p.id = @Id";

    private const string RolesSql = "SELECT person_id, role FROM org_person_roles WHERE person_id IN @Ids ORDER BY role";

    private const string EmailTakenSql = "SELECT COUNT(1) FROM org_people WHERE email_normalized = @EmailNormalized AND id <> @Id";

    public static async Task<PersonResponse?> FindAsync(IDbSession session, ISqlDialect dialect, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        return row is null ? null : (await WithRolesAsync(session, dialect, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<PersonResponse>> WithRolesAsync(IDbSession session, ISqlDialect dialect, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var grants = await connection.QueryAsync<RoleRow>(new CommandDefinition(
            RolesSql, new { Ids = dialect.IdList(rows.Select(row => row.Id)) }, session.Transaction, cancellationToken: cancellationToken));
        var rolesByPerson = grants.ToLookup(grant => grant.PersonId, grant => grant.Role);
        return rows.Select(row => row.ToResponse(rolesByPerson[row.Id].ToList())).ToList();
    }

    public static async Task<bool> EmailTakenAsync(IDbSession session, string email, Guid exceptId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(EmailTakenSql,
            new { EmailNormalized = Emails.Normalize(email), Id = exceptId }, session.Transaction, cancellationToken: cancellationToken)) > 0;
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string Email { get; init; } = "";
        public string JobTitle { get; init; } = "";
        public Guid OrgUnitId { get; init; }
        public Guid? ManagerId { get; init; }
        public bool Active { get; init; }
        public bool IsManager { get; init; }
        public int Version { get; init; }

        public PersonResponse ToResponse(IReadOnlyList<string> roles) =>
            new(Id, DisplayName, Email, JobTitle, OrgUnitId, ManagerId, roles, Active, IsManager, Version);
    }

    private sealed class RoleRow
    {
        public Guid PersonId { get; init; }
        public string Role { get; init; } = "";
    }
}
