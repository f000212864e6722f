using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation;

public sealed record OrgUnitResponse(Guid Id, string Name, string Kind, Guid? ParentId, int Version);

/// <summary>Reads shared by the org-unit use cases.</summary>
internal static class OrgUnits
{
    public const string SelectColumns = "SELECT id, name, kind, parent_id, version FROM org_units";

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    private const string AncestorsSql = """
        WITH chain (id, parent_id, depth) AS (
            SELECT id, parent_id, 0 FROM org_units WHERE id = @Id
            UNION ALL
            SELECT u.id, u.parent_id, c.depth + 1
            FROM org_units u
            INNER JOIN chain c ON u.id = c.parent_id
            WHERE c.depth < 64
        )
        SELECT id FROM chain ORDER BY depth
        """;

    public static async Task<OrgUnitResponse?> FindAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        return row?.ToResponse();
    }

    /// <summary>The unit itself and every unit above it.</summary>
    public static async Task<IReadOnlyList<Guid>> SelfAndAncestorsAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(AncestorsSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public Guid? ParentId { get; init; }
        public int Version { get; init; }

        public OrgUnitResponse ToResponse() => new(Id, Name, Kind, ParentId, Version);
    }
}
