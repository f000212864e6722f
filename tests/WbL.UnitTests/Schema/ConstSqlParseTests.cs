using WbL.Testing;

namespace WbL.UnitTests.Schema;

public sealed class ConstSqlParseTests
{
    public static TheoryData<string> ModuleNames => new(Product.Modules.Select(module => module.Name));

    private static IReadOnlyList<ConstSql> ConstantsOf(ProductModule module) =>
        Sql.ConstantsIn(Product.WrittenTypes(module.Assembly).Concat(module.Contracts is null ? [] : Product.WrittenTypes(module.Contracts)));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_const_sql_statement_of_a_module_parses_as_t_sql(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        var errors = ConstSqlParsing.FindErrors(ConstantsOf(module));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_const_sql_statement_of_a_module_compiles_on_sqlite_against_the_migrated_schema(string moduleName)
    {
        var module = Product.Modules.Single(candidate => candidate.Name == moduleName);

        var errors = SqliteCompile.FindErrors(ConstantsOf(module), Sql.Scripts(Sql.Sqlite));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Sql_naming_a_missing_column_or_table_does_not_compile_on_sqlite()
    {
        var errors = SqliteCompile.FindErrors(
            Sql.ConstantsIn([typeof(Fixtures.WrongNames), typeof(Fixtures.PortableSql)]),
            [
                new SqlScript(Sql.Sqlite, "0001_fixture_initial.sql", """
                    CREATE TABLE fx_items (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);
                    CREATE TABLE fx_tags (item_id TEXT NOT NULL, tag TEXT NOT NULL);
                    """),
            ]);

        Assert.Equal(
            [
                $"{typeof(Fixtures.WrongNames).FullName}.MissingColumnSql (as declared): SQLite Error 1: 'no such column: title'.",
                $"{typeof(Fixtures.WrongNames).FullName}.MissingTableSql (as declared): SQLite Error 1: 'no such table: fx_nothing'.",
            ],
            errors);
    }

    [Fact]
    public void The_organisation_module_holds_sql_of_every_kind()
    {
        var constants = ConstantsOf(Product.Modules.Single(module => module.Name == "Organisation"));

        foreach (var keyword in new[] { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH" })
        {
            Assert.Contains(constants, constant => constant.Sql.TrimStart().StartsWith(keyword, StringComparison.Ordinal));
        }
        // Page queries are parsed in the form the SQL Server dialect sends them.
        Assert.Contains(constants, constant => ConstSqlParsing.SqlServerForms(constant.Sql).Count == 2);
        // List parameters are parsed as Dapper expands them.
        Assert.Contains(constants, constant => constant.Sql.Contains("IN @Ids", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialect_forms_follow_dapper_and_the_sql_server_limit()
    {
        var forms = ConstSqlParsing.SqlServerForms("SELECT id FROM fx_items WHERE id IN @Ids ORDER BY name, id");

        Assert.Equal(
            [
                ("as declared", "SELECT id FROM fx_items WHERE id IN (@Ids1, @Ids2) ORDER BY name, id"),
                ("through ISqlDialect.Limit", "SELECT id FROM fx_items WHERE id IN (@Ids1, @Ids2) ORDER BY name, id\nOFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY"),
            ],
            forms);
        Assert.Single(ConstSqlParsing.SqlServerForms("SELECT COUNT(1) FROM (SELECT id FROM fx_items ORDER BY id OFFSET 0 ROWS) x"));
    }

    [Fact]
    public void Sqlite_only_or_broken_sql_is_reported()
    {
        var errors = ConstSqlParsing.FindErrors(Sql.ConstantsIn([typeof(Fixtures.NotTSql), typeof(Fixtures.PortableSql)]));

        Assert.Contains(errors, error => error.StartsWith(typeof(Fixtures.NotTSql).FullName + ".LimitSql (as declared)", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith(typeof(Fixtures.NotTSql).FullName + ".UpsertSql (as declared)", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith(typeof(Fixtures.NotTSql).FullName + ".TypoSql (as declared)", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, error => error.StartsWith(typeof(Fixtures.PortableSql).FullName!, StringComparison.Ordinal));
    }
}
