namespace WbL.SharedKernel.Data;

/// <summary>The few places where SQLite and T-SQL differ, kept in one spot.</summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Appends the dialect's row limit to an ordered query; the query binds <c>@Limit</c>.</summary>
    string Limit(string orderedSql);
}

internal sealed class SqliteDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Limit(string orderedSql) => orderedSql + "\nLIMIT @Limit";
}

internal sealed class SqlServerDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Limit(string orderedSql) => orderedSql + "\nOFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY";
}
