using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace WbL.UnitTests.Schema;

/// <summary>Microsoft's own T-SQL parser, at the SQL Server 2025 (170) level.</summary>
internal static class TSql
{
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return parser.Parse(reader, out errors);
    }

    public static IReadOnlyList<string> Errors(string sql)
    {
        Parse(sql, out var errors);
        return errors.Select(error => $"line {error.Line}, column {error.Column}: {error.Message}").ToList();
    }
}
