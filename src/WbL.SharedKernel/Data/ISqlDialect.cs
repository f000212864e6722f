namespace WbL.SharedKernel.Data;

/// <summary>The few places where SQLite and T-SQL differ, kept in one spot.</summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Appends the dialect's row limit to an ordered query; the query binds <c>@Limit</c>.</summary>
    string Limit(string orderedSql);

    /// <summary>
    /// A list of ids for an <c>IN @Ids</c> parameter. Dapper expands lists without the GUID type
    /// handler, so on SQLite the ids go as the same lower-case text the columns hold.
    /// </summary>
    System.Collections.IEnumerable IdList(IEnumerable<Guid> ids);
}

internal sealed class SqliteDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Limit(string orderedSql) => orderedSql + "\nLIMIT @Limit";

    public System.Collections.IEnumerable IdList(IEnumerable<Guid> ids) => ids.Select(id => id.ToString("D")).ToArray();
}

internal sealed class SqlServerDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Limit(string orderedSql) => orderedSql + "\nOFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY";

    public System.Collections.IEnumerable IdList(IEnumerable<Guid> ids) => ids.ToArray();
}
