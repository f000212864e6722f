using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using WbL.Api.Database;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.ScaleOut;

/// <summary>The <c>migrate</c> command run as production runs it: the app's own executable, as a separate process.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wbl-tests", Guid.NewGuid().ToString("N"));

    public MigrateCommandTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "wbl.db");

    private static int ScriptCount => typeof(DatabaseSetup).Assembly.GetManifestResourceNames().Count(name => name.StartsWith("db.sqlite.", StringComparison.Ordinal));

    [Fact]
    public async Task Migrate_brings_the_configured_database_up_to_date_and_exits_zero_without_serving()
    {
        var (exitCode, output) = await RunApiAsync("migrate");

        Assert.True(exitCode == 0, output);
        Assert.Contains("database is up to date", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.Equal(ScriptCount, Scalar("SELECT COUNT(*) FROM wbl_schema_versions"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sys_data_protection_keys'"));
        // Nothing but the schema: no bootstrap admin, no demo data.
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM org_people"));

        var (again, againOutput) = await RunApiAsync("migrate");
        Assert.True(again == 0, againOutput);
        Assert.Equal(ScriptCount, Scalar("SELECT COUNT(*) FROM wbl_schema_versions"));
    }

    [Fact]
    public async Task Migrate_exits_non_zero_and_says_why_when_the_database_cannot_be_migrated()
    {
        await File.WriteAllTextAsync(DatabasePath, "this file is not a SQLite database, it is long enough to have a header of sorts");

        var (exitCode, output) = await RunApiAsync("migrate");

        Assert.Equal(1, exitCode);
        Assert.Contains("Migrating the Sqlite database failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_migrate_on_start_off_the_app_starts_without_touching_the_schema()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Wbl:MigrateOnStart"] = "false" }).Build();
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={DatabasePath}" };

        var exit = DatabaseStartup.MigrateOrExit([], database, configuration, NullLogger.Instance);

        Assert.False(exit);
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public void By_default_the_app_migrates_on_start()
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={DatabasePath}" };

        var exit = DatabaseStartup.MigrateOrExit(["--urls", "http://127.0.0.1:0"], database, new ConfigurationBuilder().Build(), NullLogger.Instance);

        Assert.False(exit);
        Assert.Equal(ScriptCount, Scalar("SELECT COUNT(*) FROM wbl_schema_versions"));
    }

    private async Task<(int ExitCode, string Output)> RunApiAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "WbL.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Wbl"] = $"Data Source={DatabasePath}";
        start.Environment["Wbl__SeedDemoData"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The migrate command did not exit within two minutes: " + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from the temp folder.
        }
    }
}
