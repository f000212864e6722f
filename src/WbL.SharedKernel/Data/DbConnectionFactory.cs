using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace WbL.SharedKernel.Data;

public interface IDbConnectionFactory
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}

internal sealed class DbConnectionFactory(DatabaseOptions options) : IDbConnectionFactory
{
    // Foreign keys, the busy timeout and the sync level are per connection in SQLite, so every connection sets them.
    // synchronous = FULL makes every acknowledged commit survive a power cut, not only a process crash, in WAL mode too.
    internal const string SqliteConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Provider switch
        {
            DatabaseProvider.SqlServer => new SqlConnection(options.ConnectionString),
            _ => new SqliteConnection(options.ConnectionString),
        };
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = SqliteConnectionPragmas;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
