namespace WbL.SharedKernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Resolved connection string (from ConnectionStrings:Wbl or the default embedded file).</summary>
    public string ConnectionString { get; set; } = "";
}
