using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WbL.Modules.ImpactReviews;
using WbL.Modules.ImpactReviews.Features.UpdateImpactReview;
using WbL.Testing;
using WbL.UnitTests.Schema;

namespace WbL.UnitTests.ImpactReviews;

/// <summary>The impact review tables hold what the validator lets through, in both dialects.</summary>
public sealed class ImpactSchemaTests
{
    [Fact]
    public void Both_databases_accept_exactly_the_isolation_methods_the_code_knows()
    {
        var check = Column("ir_reviews", "isolation_method").Constraints.OfType<CheckConstraintDefinition>().Single();
        var values = Assert.IsType<InPredicate>(check.CheckCondition).Values.Select(value => Assert.IsType<StringLiteral>(value).Value);
        Assert.Equal(IsolationMethods.All.Order(StringComparer.Ordinal), values.Order(StringComparer.Ordinal));

        using var sqlite = new SqliteConnection("Data Source=:memory:;Foreign Keys=False");
        sqlite.Open();
        foreach (var script in Sql.Scripts(Sql.Sqlite))
        {
            using var apply = sqlite.CreateCommand();
            apply.CommandText = script.Text;
            apply.ExecuteNonQuery();
        }
        foreach (var method in IsolationMethods.All)
        {
            Assert.True(SqliteAcceptsMethod(sqlite, method), method);
        }
        Assert.False(SqliteAcceptsMethod(sqlite, "Hunch"));
    }

    [Theory]
    [InlineData("ir_reviews", "reaction_comment")]
    [InlineData("ir_reviews", "behaviour_examples")]
    [InlineData("ir_reviews", "barriers")]
    [InlineData("ir_reviews", "enablers")]
    [InlineData("ir_reviews", "intangibles")]
    [InlineData("ir_reviews", "what_next")]
    [InlineData("ir_review_outcomes", "evidence")]
    public void Texts_the_validator_lets_through_fit_the_sql_server_columns(string table, string column)
    {
        var type = Assert.IsType<SqlDataTypeReference>(Column(table, column).DataType);
        var length = int.Parse(Assert.IsType<IntegerLiteral>(Assert.Single(type.Parameters)).Value, CultureInfo.InvariantCulture);

        Assert.True(length >= UpdateImpactReviewValidator.TextLength, $"{table}.{column} holds {length} characters");
    }

    [Theory]
    [InlineData("fees", 18, 2)]
    [InlineData("annualised_benefit", 18, 2)]
    [InlineData("learner_hours", 9, 2)]
    [InlineData("loaded_hourly_rate", 18, 2)]
    [InlineData("attribution_percent", 5, 2)]
    [InlineData("value_now", 18, 4)]
    [InlineData("roi_percent", 18, 2)]
    [InlineData("benefit_cost_ratio", 18, 2)]
    public void Sql_server_decimals_keep_every_figure_the_api_accepts_or_computes(string column, int precision, int scale)
    {
        var type = Assert.IsType<SqlDataTypeReference>(Column("ir_reviews", column).DataType);

        Assert.Equal(SqlDataTypeOption.Decimal, type.SqlDataTypeOption);
        Assert.Equal([precision, scale], type.Parameters.Select(parameter => int.Parse(parameter.Value, CultureInfo.InvariantCulture)));
    }

    private static bool SqliteAcceptsMethod(SqliteConnection sqlite, string method)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = """
            INSERT INTO ir_reviews (id, contract_id, need_id, learner_id, manager_id, need_title, solution_description, learning_completed_on,
                window_opens_on, window_closes_on, status, measure_name, measure_unit, baseline_value, baseline_date, isolation_method,
                total_costs, late, version, created_at, updated_at)
            VALUES ($id, $id, 'n', 'l', 'm', 't', 's', '2026-01-01', '2026-02-01', '2026-04-01', 'Open', 'm', 'u', 0, '2026-01-01', $method, 0, 0, 1, 't', 't')
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$method", method);
        try
        {
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == 275)
        {
            return false;
        }
    }

    private static ColumnDefinition Column(string table, string column)
    {
        var columns = new List<ColumnDefinition>();
        foreach (var script in Sql.Scripts(Sql.SqlServer))
        {
            TSql.Parse(script.Text, out _).Accept(new TableColumns(table, columns));
        }
        return Assert.Single(columns, definition => string.Equals(definition.ColumnIdentifier.Value, column, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class TableColumns(string table, List<ColumnDefinition> columns) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node)
        {
            if (string.Equals(node.SchemaObjectName.BaseIdentifier.Value, table, StringComparison.OrdinalIgnoreCase))
            {
                columns.AddRange(node.Definition.ColumnDefinitions);
            }
        }
    }
}
