using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WbL.Modules.Organisation;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.SharedKernel.Authorization;
using WbL.Testing;

namespace WbL.UnitTests.Schema;

/// <summary>The database and the code agree on the lists and limits they both enforce.</summary>
public sealed class SchemaConstraintTests : IDisposable
{
    // Foreign keys off: these rows test one column's CHECK, not the rows they would point at.
    private readonly SqliteConnection _sqlite = new("Data Source=:memory:;Foreign Keys=False");

    public SchemaConstraintTests()
    {
        _sqlite.Open();
        foreach (var script in Sql.Scripts(Sql.Sqlite))
        {
            using var apply = _sqlite.CreateCommand();
            apply.CommandText = script.Text;
            apply.ExecuteNonQuery();
        }
    }

    private const int SqliteConstraintCheck = 275;

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public void Both_databases_accept_exactly_the_org_unit_kinds_the_code_knows()
    {
        Assert.Equal(OrgUnitKinds.All.Order(StringComparer.Ordinal), SqlServerCheckValues("org_units", "kind"));
        foreach (var kind in OrgUnitKinds.All)
        {
            Assert.True(SqliteAccepts("INSERT INTO org_units (id, name, kind, version, created_at, updated_at) VALUES ($id, 'x', $value, 1, 't', 't')", kind), kind);
        }
        Assert.False(SqliteAccepts("INSERT INTO org_units (id, name, kind, version, created_at, updated_at) VALUES ($id, 'x', $value, 1, 't', 't')", "Galaxy"));
    }

    [Fact]
    public void Both_databases_accept_exactly_the_grantable_roles()
    {
        Assert.Equal(Roles.Grantable.Order(StringComparer.Ordinal), SqlServerCheckValues("org_person_roles", "role"));
        foreach (var role in Roles.Grantable)
        {
            Assert.True(SqliteAccepts("INSERT INTO org_person_roles (person_id, role) VALUES ($id, $value)", role), role);
        }
        Assert.False(SqliteAccepts("INSERT INTO org_person_roles (person_id, role) VALUES ($id, $value)", Roles.Learner));
    }

    [Theory]
    [InlineData("org_units", "name", OrgUnitFieldsValidator.NameMaxLength)]
    [InlineData("org_people", "display_name", PersonFieldsValidator.NameMaxLength)]
    [InlineData("org_people", "job_title", PersonFieldsValidator.NameMaxLength)]
    [InlineData("org_people", "email", PersonFieldsValidator.EmailMaxLength)]
    [InlineData("org_people", "email_normalized", PersonFieldsValidator.EmailMaxLength)]
    public void Validator_length_limits_fit_the_sql_server_columns(string table, string column, int validatorLimit)
    {
        Assert.True(SqlServerColumnLength(table, column) >= validatorLimit,
            $"{table}.{column} holds {SqlServerColumnLength(table, column)} characters but the validator lets {validatorLimit} through");
    }

    private bool SqliteAccepts(string insert, string value)
    {
        using var command = _sqlite.CreateCommand();
        command.CommandText = insert;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$value", value);
        try
        {
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintCheck)
        {
            return false;
        }
    }

    private static ColumnDefinition SqlServerColumn(string table, string column)
    {
        var columns = new List<ColumnDefinition>();
        foreach (var script in Sql.Scripts(Sql.SqlServer))
        {
            TSql.Parse(script.Text, out _).Accept(new ColumnCollector(table, columns));
        }
        return Assert.Single(columns, definition => string.Equals(definition.ColumnIdentifier.Value, column, StringComparison.OrdinalIgnoreCase));
    }

    private static int SqlServerColumnLength(string table, string column)
    {
        var type = Assert.IsType<SqlDataTypeReference>(SqlServerColumn(table, column).DataType);
        return int.Parse(Assert.IsType<IntegerLiteral>(Assert.Single(type.Parameters)).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The string literals of a column's CHECK (column IN (...)), sorted.</summary>
    private static List<string> SqlServerCheckValues(string table, string column)
    {
        var check = SqlServerColumn(table, column).Constraints.OfType<CheckConstraintDefinition>().Single();
        var predicate = Assert.IsType<InPredicate>(check.CheckCondition);
        return predicate.Values.Select(value => Assert.IsType<StringLiteral>(value).Value).Order(StringComparer.Ordinal).ToList();
    }

    private sealed class ColumnCollector(string table, List<ColumnDefinition> columns) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node)
        {
            if (string.Equals(node.SchemaObjectName.BaseIdentifier.Value, table, StringComparison.OrdinalIgnoreCase))
            {
                columns.AddRange(node.Definition.ColumnDefinitions);
            }
        }

        public override void Visit(AlterTableAddTableElementStatement node)
        {
            if (string.Equals(node.SchemaObjectName.BaseIdentifier.Value, table, StringComparison.OrdinalIgnoreCase))
            {
                columns.AddRange(node.Definition.ColumnDefinitions);
            }
        }
    }
}
