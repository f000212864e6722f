using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WbL.Testing;

namespace WbL.UnitTests.Schema;

/// <summary>Tables and their column names, compared without regard to case.</summary>
internal sealed class SchemaModel
{
    private readonly Dictionary<string, List<string>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Tables => _tables.Keys;

    public IReadOnlyList<string> ColumnsOf(string table) => _tables.TryGetValue(table, out var columns) ? columns : [];

    public bool HasTable(string table) => _tables.ContainsKey(table);

    public void AddTable(string table, IEnumerable<string> columns) => _tables[table] = columns.ToList();

    public void AddColumns(string table, IEnumerable<string> columns) => Table(table).AddRange(columns);

    public void DropColumn(string table, string column) => Table(table).RemoveAll(existing => string.Equals(existing, column, StringComparison.OrdinalIgnoreCase));

    public void DropTable(string table) => _tables.Remove(table);

    public void RenameTable(string table, string newName)
    {
        var columns = Table(table);
        _tables.Remove(table);
        _tables[newName] = columns;
    }

    public void RenameColumn(string table, string column, string newName)
    {
        var columns = Table(table);
        var index = columns.FindIndex(existing => string.Equals(existing, column, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new InvalidOperationException($"sp_rename names column {table}.{column}, which does not exist.");
        }
        columns[index] = newName;
    }

    private List<string> Table(string table) =>
        _tables.TryGetValue(table, out var columns) ? columns : throw new InvalidOperationException($"The scripts change table {table} before creating it.");
}

/// <summary>The schema SQLite really builds: the scripts applied to an in-memory database, then read back.</summary>
internal static class SqliteSchema
{
    public static SchemaModel Read(IEnumerable<SqlScript> scripts)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var script in scripts)
        {
            using var apply = connection.CreateCommand();
            apply.CommandText = script.Text;
            apply.ExecuteNonQuery();
        }

        var model = new SchemaModel();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            model.AddTable(table, Strings(connection, "SELECT name FROM pragma_table_info($table) ORDER BY cid", table));
        }
        return model;
    }

    private static List<string> Strings(SqliteConnection connection, string sql, string? table = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
        {
            command.Parameters.AddWithValue("$table", table);
        }
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}

/// <summary>
/// The schema the T-SQL scripts describe, read from ScriptDom's syntax tree: CREATE TABLE,
/// ALTER TABLE ADD / DROP COLUMN, DROP TABLE and sp_rename, applied in script order.
/// </summary>
internal static class SqlServerSchema
{
    public static SchemaModel Read(IEnumerable<SqlScript> scripts)
    {
        var model = new SchemaModel();
        foreach (var script in scripts)
        {
            var tree = TSql.Parse(script.Text, out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{script} does not parse: {errors[0].Message} (line {errors[0].Line})");
            }
            tree.Accept(new Visitor(model));
        }
        return model;
    }

    private sealed class Visitor(SchemaModel model) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node) =>
            model.AddTable(node.SchemaObjectName.BaseIdentifier.Value, node.Definition.ColumnDefinitions.Select(column => column.ColumnIdentifier.Value));

        public override void Visit(AlterTableAddTableElementStatement node) =>
            model.AddColumns(node.SchemaObjectName.BaseIdentifier.Value, node.Definition.ColumnDefinitions.Select(column => column.ColumnIdentifier.Value));

        public override void Visit(AlterTableDropTableElementStatement node)
        {
            foreach (var element in node.AlterTableDropTableElements.Where(element => element.TableElementType == TableElementType.Column))
            {
                model.DropColumn(node.SchemaObjectName.BaseIdentifier.Value, element.Name.Value);
            }
        }

        public override void Visit(DropTableStatement node)
        {
            foreach (var table in node.Objects)
            {
                model.DropTable(table.BaseIdentifier.Value);
            }
        }

        public override void Visit(ExecutableProcedureReference node)
        {
            if (!string.Equals(node.ProcedureReference?.ProcedureReference?.Name?.BaseIdentifier?.Value, "sp_rename", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            var arguments = node.Parameters.Select(parameter => (parameter.ParameterValue as StringLiteral)?.Value).ToList();
            if (arguments.Count < 2 || arguments[0] is null || arguments[1] is null)
            {
                throw new InvalidOperationException("sp_rename needs literal names for the schema parity check to follow it.");
            }
            var target = arguments[0]!.Split('.').Select(part => part.Trim('[', ']')).ToArray();
            if (arguments.Count > 2 && string.Equals(arguments[2], "COLUMN", StringComparison.OrdinalIgnoreCase))
            {
                model.RenameColumn(target[^2], target[^1], arguments[1]!);
            }
            else
            {
                model.RenameTable(target[^1], arguments[1]!);
            }
        }
    }
}

/// <summary>db/sqlserver ≡ db/sqlite: the same script names, the same tables, the same columns.</summary>
internal static class SchemaParity
{
    public static IReadOnlyList<string> FindDifferences(IReadOnlyList<SqlScript> sqliteScripts, IReadOnlyList<SqlScript> sqlServerScripts)
    {
        var differences = new List<string>();
        var sqliteNames = sqliteScripts.Select(script => script.FileName).ToHashSet(StringComparer.Ordinal);
        var sqlServerNames = sqlServerScripts.Select(script => script.FileName).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(sqliteNames.Except(sqlServerNames).Order(StringComparer.Ordinal).Select(name => $"db/sqlite/{name} has no db/sqlserver twin"));
        differences.AddRange(sqlServerNames.Except(sqliteNames).Order(StringComparer.Ordinal).Select(name => $"db/sqlserver/{name} has no db/sqlite twin"));

        var sqlite = SqliteSchema.Read(sqliteScripts);
        var sqlServer = SqlServerSchema.Read(sqlServerScripts);
        foreach (var table in sqlite.Tables.Union(sqlServer.Tables, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!sqlServer.HasTable(table))
            {
                differences.Add($"Table {table} exists only in SQLite");
                continue;
            }
            if (!sqlite.HasTable(table))
            {
                differences.Add($"Table {table} exists only in SQL Server");
                continue;
            }
            var sqliteColumns = sqlite.ColumnsOf(table);
            var sqlServerColumns = sqlServer.ColumnsOf(table);
            differences.AddRange(sqliteColumns.Except(sqlServerColumns, StringComparer.OrdinalIgnoreCase).Select(column => $"Column {table}.{column} exists only in SQLite"));
            differences.AddRange(sqlServerColumns.Except(sqliteColumns, StringComparer.OrdinalIgnoreCase).Select(column => $"Column {table}.{column} exists only in SQL Server"));
        }
        return differences;
    }
}
