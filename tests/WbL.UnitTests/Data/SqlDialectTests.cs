using WbL.SharedKernel.Data;

namespace WbL.UnitTests.Data;

public sealed class SqlDialectTests
{
    private const string Ordered = "SELECT id FROM org_units ORDER BY name, id";

    [Fact]
    public void Sqlite_limits_with_limit()
    {
        Assert.Equal(Ordered + "\nLIMIT @Limit", new SqliteDialect().Limit(Ordered));
    }

    [Fact]
    public void Sql_server_limits_with_offset_fetch()
    {
        Assert.Equal(Ordered + "\nOFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY", new SqlServerDialect().Limit(Ordered));
    }

    [Fact]
    public void Sqlite_id_lists_are_the_lower_case_text_the_columns_hold()
    {
        var id = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

        Assert.Equal(["0f8fad5b-d9cb-469f-a165-70867728950e"], new SqliteDialect().IdList([id]).Cast<string>());
    }

    [Fact]
    public void Sql_server_id_lists_stay_guids()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        Assert.Equal(ids, new SqlServerDialect().IdList(ids).Cast<Guid>());
    }
}
