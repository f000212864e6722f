using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WbL.Modules.LearningSets;
using WbL.Modules.LearningSets.Features.AnswerProgrammeReview;
using WbL.Modules.LearningSets.Features.RecordOneToOne;
using WbL.Testing;
using WbL.UnitTests.Schema;

namespace WbL.UnitTests.LearningSets;

/// <summary>The one-to-one and programme review tables hold what the code lets through, in both dialects.</summary>
public sealed class LearningSetsSchemaTests
{
    [Fact]
    public void Both_databases_accept_exactly_the_respondent_roles_and_value_ratings_the_code_knows()
    {
        Assert.Equal(RespondentRoles.All.Order(StringComparer.Ordinal), CheckValues("als_programme_review_responses", "respondent_role"));
        Assert.Equal(ValueRatings.All.Order(StringComparer.Ordinal), CheckValues("als_programme_review_responses", "value_rating"));

        using var sqlite = new SqliteConnection("Data Source=:memory:;Foreign Keys=False");
        sqlite.Open();
        foreach (var script in Sql.Scripts(Sql.Sqlite))
        {
            using var apply = sqlite.CreateCommand();
            apply.CommandText = script.Text;
            apply.ExecuteNonQuery();
        }
        foreach (var role in RespondentRoles.All)
        {
            Assert.True(SqliteAccepts(sqlite, role, null), role);
        }
        foreach (var rating in ValueRatings.All)
        {
            Assert.True(SqliteAccepts(sqlite, RespondentRoles.Member, rating), rating);
        }
        Assert.False(SqliteAccepts(sqlite, "Bystander", null));
        Assert.False(SqliteAccepts(sqlite, RespondentRoles.Member, "Superb"));
    }

    [Theory]
    [InlineData("als_one_to_ones", "development_project", RecordOneToOneValidator.TextLength)]
    [InlineData("als_one_to_ones", "reframed_project", RecordOneToOneValidator.TextLength)]
    [InlineData("als_one_to_ones", "notes", RecordOneToOneValidator.TextLength)]
    [InlineData("als_programme_review_responses", "strengths", AnswerProgrammeReviewValidator.TextLength)]
    [InlineData("als_programme_review_responses", "issues_note", AnswerProgrammeReviewValidator.TextLength)]
    public void Texts_the_validators_let_through_fit_the_sql_server_columns(string table, string column, int limit)
    {
        Assert.True(Length(table, column) >= limit, $"{table}.{column} holds {Length(table, column)} characters");
    }

    [Fact]
    public void Every_issue_at_once_fits_the_sql_server_column()
    {
        var everyIssue = System.Text.Json.JsonSerializer.Serialize(ReviewIssues.All);

        Assert.True(Length("als_programme_review_responses", "issues") >= everyIssue.Length);
    }

    private static int Length(string table, string column)
    {
        var type = Assert.IsType<SqlDataTypeReference>(Column(table, column).DataType);
        return int.Parse(Assert.IsType<IntegerLiteral>(Assert.Single(type.Parameters)).Value, CultureInfo.InvariantCulture);
    }

    private static List<string> CheckValues(string table, string column)
    {
        var check = Column(table, column).Constraints.OfType<CheckConstraintDefinition>().Single();
        return Assert.IsType<InPredicate>(check.CheckCondition).Values.Select(value => Assert.IsType<StringLiteral>(value).Value).Order(StringComparer.Ordinal).ToList();
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

    private static bool SqliteAccepts(SqliteConnection sqlite, string role, string? rating)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = """
            INSERT INTO als_programme_review_responses (id, review_id, respondent_id, respondent_role, about_member_id, value_rating, strengths, issues,
                issues_note, achieved_goal, started_second_phase, answered_at, version, created_at, updated_at)
            VALUES ($id, 'r', 'p', $role, NULL, $rating, '', '[]', '', NULL, NULL, NULL, 1, 't', 't')
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$rating", (object?)rating ?? DBNull.Value);
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
