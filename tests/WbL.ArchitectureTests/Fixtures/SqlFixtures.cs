namespace WbL.Modules.NeedsIdentificationFixture.Features.Needs;

/// <summary>SQL of a pretend "NeedsIdentification" module (prefix ni_).</summary>
internal static class ReadsOrganisationTables
{
    public const string ManagerSql = "SELECT manager_id FROM org_people WHERE id = @PersonId";

    public const string NeedsWithUnitSql = """
        SELECT n.id, u.name
        FROM ni_needs n
        INNER JOIN org_units u ON u.id = n.org_unit_id
        """;
}

internal static class UsesOwnTablesOnly
{
    // Depth-capped walk; "chain" is a CTE, not a table.
    public const string ChainSql = """
        WITH chain (id, parent_id, depth) AS (
            SELECT id, parent_id, 0 FROM ni_needs WHERE id = @Id
            UNION ALL
            SELECT n.id, n.parent_id, c.depth + 1 FROM ni_needs n INNER JOIN chain c ON n.id = c.parent_id
        )
        SELECT id FROM chain
        """;

    // The literal and the comment name another module's table without touching it.
    public const string InsertSql = """
        INSERT INTO [dbo].[ni_needs] (id, note) -- copied from org_people by hand
        VALUES (@Id, 'moved FROM org_people')
        """;

    public const string UpdateSql = "UPDATE ni_needs SET note = @Note WHERE id = @Id";

    // Not SQL: messages and routes are left alone.
    public const string Hint = "Select a team from the list.";

    public const string Route = "/needs/{id:guid}";
}
