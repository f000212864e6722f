using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;
using WbL.SharedKernel.Data;

namespace WbL.Api.Database;

internal static class DatabaseSetup
{
    private const string JournalTable = "wbl_schema_versions";

    /// <summary>Reads the provider and connection string; the default is an embedded SQLite file under App_Data.</summary>
    public static DatabaseOptions ResolveOptions(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Wbl");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Wbl is empty.");
            }
            var dataFolder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dataFolder);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "wbl.db") }.ToString();
        }
        return new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
    }

    /// <summary>Demo data is on by default only for the embedded database a first run creates.</summary>
    public static bool SeedDemoDataByDefault(IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite
        && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Wbl"));

    public static void Migrate(DatabaseOptions options, ILogger logger)
    {
        var assembly = typeof(DatabaseSetup).Assembly;
        UpgradeEngine engine;
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            EnsureDatabase.For.SqlDatabase(options.ConnectionString);
            engine = DeployChanges.To.SqlDatabase(options.ConnectionString)
                .WithScriptsEmbeddedInAssembly(assembly, name => name.StartsWith("db.sqlserver.", StringComparison.Ordinal))
                .JournalToSqlTable("dbo", JournalTable)
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build();
        }
        else
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
            }
            engine = DeployChanges.To.SqliteDatabase(options.ConnectionString)
                .WithScriptsEmbeddedInAssembly(assembly, name => name.StartsWith("db.sqlite.", StringComparison.Ordinal))
                .JournalToSqliteTable(JournalTable)
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build();
        }

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed on script {result.ErrorScript?.Name}.", result.Error);
        }
        foreach (var script in result.Scripts)
        {
            logger.LogInformation("Applied migration {Script}", script.Name);
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while one writer commits; it is a property of the file, set once.
            using var connection = new SqliteConnection(options.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }
    }
}
