using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Access;

/// <summary>Walks a person's chain of managers upwards (nearest first).</summary>
internal static class ReportingLine
{
    // Depth-capped so that a corrupt cycle can never loop forever.
    private const string ManagersAboveSql = """
        WITH chain (id, manager_id, depth) AS (
            SELECT id, manager_id, 0 FROM org_people WHERE id = @PersonId
            UNION ALL
            SELECT p.id, p.manager_id, c.depth + 1
            FROM org_people p
            INNER JOIN chain c ON p.id = c.manager_id
            WHERE c.depth < 64
        )
        SELECT id FROM chain WHERE depth > 0 ORDER BY depth
        """;

    public static async Task<IReadOnlyList<Guid>> ManagersAboveAsync(IDbSession session, Guid personId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            ManagersAboveSql, new { PersonId = personId }, session.Transaction, cancellationToken: cancellationToken));
        return ids.AsList();
    }
}
