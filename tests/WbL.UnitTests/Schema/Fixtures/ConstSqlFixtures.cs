namespace WbL.UnitTests.Schema.Fixtures;

/// <summary>SQL that SQLite accepts but SQL Server does not, and plain mistakes.</summary>
internal static class NotTSql
{
    public const string LimitSql = "SELECT id FROM fx_items ORDER BY id LIMIT 5";

    public const string UpsertSql = "INSERT INTO fx_items (id, name) VALUES (@Id, @Name) ON CONFLICT (id) DO UPDATE SET name = excluded.name";

    public const string TypoSql = "SELEC id FROM fx_items";
}

/// <summary>SQL written once for both dialects, as the modules write it.</summary>
internal static class PortableSql
{
    public const string PageSql = """
        SELECT id, name FROM fx_items
        WHERE (@AfterName IS NULL OR name > @AfterName OR (name = @AfterName AND id > @AfterId))
        ORDER BY name, id
        """;

    public const string RolesSql = "SELECT item_id, tag FROM fx_tags WHERE item_id IN @Ids ORDER BY tag";

    public const string SearchSql = @"SELECT id FROM fx_items WHERE LOWER(name) LIKE @Pattern ESCAPE '\'";
}

/// <summary>Valid syntax in both dialects, but names the schema does not have.</summary>
internal static class WrongNames
{
    public const string MissingColumnSql = "SELECT id, title FROM fx_items WHERE id = @Id";

    public const string MissingTableSql = "DELETE FROM fx_nothing WHERE id = @Id";
}
