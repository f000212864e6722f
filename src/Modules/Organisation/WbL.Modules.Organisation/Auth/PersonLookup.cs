using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Auth;

/// <summary>Loads the signed-in view of a person: shared by sign-in, the session check and "me".</summary>
internal static class PersonLookup
{
    private const string ByIdSql = """
        SELECT p.id, p.email, p.display_name, p.password_hash,
               CASE WHEN EXISTS (SELECT 1 FROM org_people r WHERE r.manager_id = p.id AND r.active = 1) THEN 1 ELSE 0 END AS is_manager
        FROM org_people p
        WHERE p.id = @Id AND p.active = 1
        """;

    private const string ByEmailSql = """
        SELECT p.id, p.email, p.display_name, p.password_hash,
               CASE WHEN EXISTS (SELECT 1 FROM org_people r WHERE r.manager_id = p.id AND r.active = 1) THEN 1 ELSE 0 END AS is_manager
        FROM org_people p
        WHERE p.email_normalized = @EmailNormalized AND p.active = 1
        """;

    private const string RolesSql = "SELECT role FROM org_person_roles WHERE person_id = @Id ORDER BY role";

    public static Task<(SignedInPerson Person, string? PasswordHash)?> ByIdAsync(IDbSession session, Guid id, CancellationToken cancellationToken) =>
        LoadAsync(session, ByIdSql, new { Id = id }, cancellationToken);

    public static Task<(SignedInPerson Person, string? PasswordHash)?> ByEmailAsync(IDbSession session, string email, CancellationToken cancellationToken) =>
        LoadAsync(session, ByEmailSql, new { EmailNormalized = Emails.Normalize(email) }, cancellationToken);

    private static async Task<(SignedInPerson, string?)?> LoadAsync(IDbSession session, string sql, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(sql, parameters, session.Transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }
        var roles = await connection.QueryAsync<string>(new CommandDefinition(RolesSql, new { row.Id }, session.Transaction, cancellationToken: cancellationToken));
        return (new SignedInPerson(row.Id, row.Email, row.DisplayName, roles.AsList(), row.IsManager), row.PasswordHash);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Email { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string? PasswordHash { get; init; }
        public bool IsManager { get; init; }
    }
}
