using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace WbL.IntegrationTests.Fuzz;

/// <summary>
/// A hash over every row of every table of the SQLite file, to prove that a refused request changed nothing.
/// <c>PRAGMA data_version</c> on this connection moves whenever another connection commits, so the rows are
/// only hashed again when something was committed: thousands of refused requests cost one cheap pragma each.
/// </summary>
public sealed class DatabaseFingerprint : IDisposable
{
    /// <summary>
    /// Columns that record that a request happened rather than what it changed: a session's activity stamp
    /// moves on every signed-in request by design. Only these named columns of the table are hashed.
    /// </summary>
    private static readonly Dictionary<string, string> Bookkeeping = new(StringComparer.OrdinalIgnoreCase)
    {
        ["org_sessions"] = "id, person_id, created_at, revoked_at",
    };

    private readonly SqliteConnection _connection;
    private long _dataVersion;

    public DatabaseFingerprint(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            // A connection of its own, never handed back to the app's pool, so data_version sees the app's commits.
            Pooling = false,
        }.ToString());
        _connection.Open();
        _dataVersion = DataVersion();
        Current = Hash();
    }

    public string Current { get; private set; }

    public int Rehashes { get; private set; }

    /// <summary>The fingerprint now; hashes the rows again only when a commit happened since the last call.</summary>
    public string Refresh()
    {
        var version = DataVersion();
        if (version != _dataVersion)
        {
            _dataVersion = version;
            Current = Hash();
            Rehashes++;
        }
        return Current;
    }

    /// <summary>Hashes all rows regardless of data_version, to check the shortcut itself.</summary>
    public string HashNow() => Hash();

    private long DataVersion()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    private string Hash()
    {
        var tables = new List<string>();
        using (var list = _connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var transaction = _connection.BeginTransaction(deferred: true);
        foreach (var table in tables)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0001{table}"));
            using var rows = _connection.CreateCommand();
            rows.Transaction = transaction;
            // Table names come from sqlite_master, not from input.
            rows.CommandText = $"SELECT {Bookkeeping.GetValueOrDefault(table, "*")} FROM \"{table}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                hash.AppendData("\u0002"u8);
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    hash.AppendData("\u0003"u8);
                    switch (reader.IsDBNull(column) ? null : reader.GetValue(column))
                    {
                        case null:
                            hash.AppendData("\u0000null"u8);
                            break;
                        case byte[] blob:
                            hash.AppendData(blob);
                            break;
                        case var value:
                            hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
                            break;
                    }
                }
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose() => _connection.Dispose();
}
