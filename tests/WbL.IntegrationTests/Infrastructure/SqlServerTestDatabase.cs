using Microsoft.Data.SqlClient;

namespace WbL.IntegrationTests.Infrastructure;

/// <summary>
/// Runs a test only when <c>WBL_TEST_SQLSERVER</c> holds a connection string to a SQL Server the tests may create
/// and drop databases on; otherwise the test is reported as skipped, with the reason.
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "WBL_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Needs SQL Server: set {Variable} to a connection string (e.g. \"Server=localhost;User Id=sa;Password=...;TrustServerCertificate=true\").";
        }
    }
}

/// <summary>Each factory's database on the test server is its own; it is dropped when the factory is disposed.</summary>
internal static class SqlServerTestDatabase
{
    public static void Drop(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        var name = builder.InitialCatalog;
        if (!name.StartsWith("wbl_test_", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to drop database '{name}', which the tests did not create.");
        }
        SqlConnection.ClearAllPools();
        builder.InitialCatalog = "master";
        using var connection = new SqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // The name is ours (wbl_test_ and a GUID's hex digits), so it can be bracketed into the statement.
        command.CommandText = $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END";
        command.ExecuteNonQuery();
    }
}
