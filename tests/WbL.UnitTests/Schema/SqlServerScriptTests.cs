using WbL.Testing;

namespace WbL.UnitTests.Schema;

public sealed class SqlServerScriptTests
{
    public static TheoryData<string> ScriptNames => new(Sql.Scripts(Sql.SqlServer).Select(script => script.FileName));

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Every_sql_server_script_parses_without_errors(string fileName)
    {
        var script = Sql.Scripts(Sql.SqlServer).Single(candidate => candidate.FileName == fileName);

        var errors = TSql.Errors(script.Text);

        Assert.True(errors.Count == 0, $"{script}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Fact]
    public void A_script_in_sqlite_dialect_does_not_parse_as_t_sql()
    {
        Assert.NotEmpty(TSql.Errors("CREATE TABLE fx_items (id TEXT NOT NULL) STRICT;"));
        Assert.NotEmpty(TSql.Errors("CREATE TABLE fx_items (id UNIQUEIDENTIFIER NOT NULL,, name NVARCHAR(10));"));
    }
}
