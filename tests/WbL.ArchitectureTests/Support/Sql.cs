using System.Reflection;
using System.Text.RegularExpressions;

namespace WbL.Testing;

/// <summary>One migration script: its dialect folder (sqlite or sqlserver), its file name and its text.</summary>
internal sealed record SqlScript(string Dialect, string FileName, string Text)
{
    public override string ToString() => $"db/{Dialect}/{FileName}";
}

/// <summary>A <c>const string</c> that holds SQL, and where it is declared.</summary>
internal sealed record ConstSql(Type DeclaringType, string FieldName, string Sql)
{
    public string Location => $"{DeclaringType.FullName}.{FieldName}";

    public override string ToString() => Location;
}

internal static partial class Sql
{
    public const string Sqlite = "sqlite";
    public const string SqlServer = "sqlserver";

    /// <summary>The scripts of one dialect folder, in the order the migrator applies them (by name).</summary>
    public static IReadOnlyList<SqlScript> Scripts(string dialect)
    {
        var folder = Path.Combine(Product.RepositoryRoot, "db", dialect);
        return Directory.EnumerateFiles(folder, "*.sql")
            .Order(StringComparer.Ordinal)
            .Select(path => new SqlScript(dialect, Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>
    /// The SQL a type declares as <c>const string</c>: fields named *Sql, or whose text starts like a
    /// statement. Other constants (routes, messages, passwords) are not SQL and are left out.
    /// </summary>
    public static IReadOnlyList<ConstSql> ConstantsIn(IEnumerable<Type> types) =>
        types.SelectMany(type => type
                .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => new ConstSql(type, field.Name, (string)field.GetRawConstantValue()!)))
            .Where(constant => LooksLikeSql(constant.FieldName, constant.Sql))
            .ToList();

    public static bool LooksLikeSql(string fieldName, string value) =>
        fieldName.EndsWith("Sql", StringComparison.Ordinal) || StatementStart().IsMatch(value);

    /// <summary>SQL without comments and with string literals emptied, so that neither can fake a table name.</summary>
    public static string WithoutCommentsAndLiterals(string sql) => CommentOrLiteral().Replace(sql, match =>
        match.Value.StartsWith('\'') ? "''" : " ");

    /// <summary>"[dbo].[org_people]" → "org_people".</summary>
    public static string BareName(string name)
    {
        var last = name.Split('.')[^1];
        return last.Trim('[', ']', '"', '`');
    }

    // Upper-case keywords only, as the house writes SQL: "Select a team from the list." is a message.
    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE)\b")]
    private static partial Regex StatementStart();

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'", RegexOptions.Singleline)]
    private static partial Regex CommentOrLiteral();
}
