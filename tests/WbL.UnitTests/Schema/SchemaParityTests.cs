using WbL.Testing;

namespace WbL.UnitTests.Schema;

public sealed class SchemaParityTests
{
    [Fact]
    public void Sqlite_and_sql_server_scripts_build_the_same_tables_and_columns()
    {
        var sqlite = Sql.Scripts(Sql.Sqlite);
        var sqlServer = Sql.Scripts(Sql.SqlServer);

        var differences = SchemaParity.FindDifferences(sqlite, sqlServer);

        Assert.NotEmpty(sqlite);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void Both_readers_see_the_organisation_tables()
    {
        var sqlite = SqliteSchema.Read(Sql.Scripts(Sql.Sqlite));
        var sqlServer = SqlServerSchema.Read(Sql.Scripts(Sql.SqlServer));

        foreach (var schema in new[] { sqlite, sqlServer })
        {
            Assert.Contains("org_people", schema.Tables);
            Assert.Contains("email_normalized", schema.ColumnsOf("org_people"));
        }
    }

    [Fact]
    public void A_column_added_in_one_dialect_only_is_reported()
    {
        var differences = SchemaParity.FindDifferences(
            [
                new SqlScript(Sql.Sqlite, "0001_fixture_initial.sql", "CREATE TABLE fx_items (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);"),
                new SqlScript(Sql.Sqlite, "0002_fixture_notes.sql", "ALTER TABLE fx_items ADD COLUMN note TEXT NULL;"),
            ],
            [
                new SqlScript(Sql.SqlServer, "0001_fixture_initial.sql", "CREATE TABLE fx_items (id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, NAME NVARCHAR(50) NOT NULL);"),
                new SqlScript(Sql.SqlServer, "0002_fixture_notes.sql", "ALTER TABLE fx_items ADD remark NVARCHAR(200) NULL;"),
            ]);

        Assert.Equal(["Column fx_items.note exists only in SQLite", "Column fx_items.remark exists only in SQL Server"], differences);
    }

    [Fact]
    public void A_missing_twin_script_and_a_one_sided_table_are_reported()
    {
        var differences = SchemaParity.FindDifferences(
            [
                new SqlScript(Sql.Sqlite, "0001_fixture_initial.sql", "CREATE TABLE fx_items (id TEXT NOT NULL);"),
                new SqlScript(Sql.Sqlite, "0002_fixture_tags.sql", "CREATE TABLE fx_tags (id TEXT NOT NULL);"),
            ],
            [new SqlScript(Sql.SqlServer, "0001_fixture_initial.sql", "CREATE TABLE [dbo].[fx_items] ([id] UNIQUEIDENTIFIER NOT NULL);")]);

        Assert.Equal(["db/sqlite/0002_fixture_tags.sql has no db/sqlserver twin", "Table fx_tags exists only in SQLite"], differences);
    }

    [Fact]
    public void Dropped_and_renamed_columns_are_followed_in_both_dialects()
    {
        var differences = SchemaParity.FindDifferences(
            [
                new SqlScript(Sql.Sqlite, "0001_fixture_initial.sql", "CREATE TABLE fx_items (id TEXT NOT NULL, old_name TEXT NULL, legacy TEXT NULL);"),
                new SqlScript(Sql.Sqlite, "0002_fixture_tidy.sql", "ALTER TABLE fx_items RENAME COLUMN old_name TO name; ALTER TABLE fx_items DROP COLUMN legacy;"),
            ],
            [
                new SqlScript(Sql.SqlServer, "0001_fixture_initial.sql", "CREATE TABLE fx_items (id UNIQUEIDENTIFIER NOT NULL, old_name NVARCHAR(50) NULL, legacy NVARCHAR(50) NULL);"),
                new SqlScript(Sql.SqlServer, "0002_fixture_tidy.sql", "EXEC sp_rename 'fx_items.old_name', 'name', 'COLUMN';\nGO\nALTER TABLE fx_items DROP COLUMN legacy;"),
            ]);

        Assert.Empty(differences);
    }
}
