using System.Text.RegularExpressions;
using WbL.SharedKernel.Data;
using WbL.Testing;

namespace WbL.UnitTests.Schema;

/// <summary>
/// Turns a module's const SQL into what SQL Server receives, then parses it. Two things happen
/// between the constant and the server: Dapper expands a list parameter (<c>IN @Ids</c> becomes
/// <c>IN (@Ids1, @Ids2, …)</c>), and ordered page queries go through <see cref="ISqlDialect.Limit"/>,
/// which appends the dialect's row limit. The constants themselves are meant to be portable:
/// everything that differs between SQLite and T-SQL goes through the dialect.
/// </summary>
internal static partial class ConstSqlParsing
{
    private static readonly SqlServerDialect SqlServer = new();

    /// <summary>The forms of one constant SQL Server may receive.</summary>
    public static IReadOnlyList<(string Form, string Sql)> SqlServerForms(string sql) => Forms(sql, SqlServer);

    /// <summary>The forms of one constant SQLite may receive.</summary>
    public static IReadOnlyList<(string Form, string Sql)> SqliteForms(string sql, ISqlDialect sqlite) => Forms(sql, sqlite);

    private static List<(string Form, string Sql)> Forms(string sql, ISqlDialect dialect)
    {
        var expanded = ListParameter().Replace(sql, match => $"IN (@{match.Groups["name"].Value}1, @{match.Groups["name"].Value}2)");
        var forms = new List<(string, string)> { ("as declared", expanded) };
        if (EndsWithOrderBy().IsMatch(Sql.WithoutCommentsAndLiterals(expanded)))
        {
            forms.Add(("through ISqlDialect.Limit", dialect.Limit(expanded)));
        }
        return forms;
    }

    public static IReadOnlyList<string> FindErrors(IEnumerable<ConstSql> constants) =>
        constants.SelectMany(constant => SqlServerForms(constant.Sql)
                .SelectMany(form => TSql.Errors(form.Sql).Select(error => $"{constant.Location} ({form.Form}): {error}")))
            .ToList();

    [GeneratedRegex(@"\bIN\s+@(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListParameter();

    /// <summary>A trailing ORDER BY at the outermost level: the shape Limit() is made for.</summary>
    [GeneratedRegex(@"\bORDER\s+BY\s[^()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithOrderBy();
}
