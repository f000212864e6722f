using Microsoft.Data.Sqlite;
using WbL.SharedKernel.Data;
using WbL.Testing;

namespace WbL.UnitTests.Schema;

/// <summary>
/// Compiles const SQL on SQLite against the schema the SQLite scripts build. Unlike a parse, this
/// also checks every table and column name the statement uses.
/// </summary>
internal static class SqliteCompile
{
    private static readonly SqliteDialect Sqlite = new();

    public static IReadOnlyList<string> FindErrors(IEnumerable<ConstSql> constants, IEnumerable<SqlScript> schemaScripts)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var script in schemaScripts)
        {
            using var apply = connection.CreateCommand();
            apply.CommandText = script.Text;
            apply.ExecuteNonQuery();
        }

        var errors = new List<string>();
        foreach (var constant in constants)
        {
            foreach (var (form, sql) in ConstSqlParsing.SqliteForms(constant.Sql, Sqlite))
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                try
                {
                    command.Prepare();
                }
                catch (SqliteException exception)
                {
                    errors.Add($"{constant.Location} ({form}): {exception.Message}");
                }
            }
        }
        return errors;
    }
}
