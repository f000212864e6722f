using System.Text.RegularExpressions;
using WbL.Testing;

namespace WbL.ArchitectureTests.Rules;

/// <summary>The name and table prefix a module declares through IModule.</summary>
internal sealed record TableOwner(string ModuleName, string TablePrefix)
{
    public string ScriptName => Product.SnakeCase(ModuleName);
}

/// <summary>
/// Each module owns its tables: scripts named NNNN_&lt;module&gt;_&lt;what&gt;.sql touch only that module's
/// tables (create, alter, drop, index, reference, seed), and the SQL a module's code holds
/// mentions only its own tables. Other modules' data is reached through their .Contracts.
/// </summary>
internal static partial class TableOwnershipRule
{
    private static readonly HashSet<string> NotTables = new(StringComparer.OrdinalIgnoreCase)
    {
        "SET", "SELECT", "VALUES", "DEFAULT", "LATERAL", "UNNEST", "OPENJSON", "STRING_SPLIT",
    };

    /// <summary>Words after UPDATE that are not tables: "ON UPDATE CASCADE" in a foreign key, "AFTER UPDATE ON" in a trigger.</summary>
    private static readonly HashSet<string> ReferentialActions = new(StringComparer.OrdinalIgnoreCase) { "CASCADE", "NO", "RESTRICT", "ON", "OF" };

    public static IReadOnlyList<string> FindPrefixViolations(IReadOnlyList<TableOwner> owners)
    {
        var violations = new List<string>();
        foreach (var owner in owners)
        {
            if (!PrefixShape().IsMatch(owner.TablePrefix))
            {
                violations.Add($"Module {owner.ModuleName} has table prefix '{owner.TablePrefix}'; use lower-case letters ending in '_' (e.g. 'org_')");
            }
            foreach (var other in owners.Where(other => other != owner && other.TablePrefix.StartsWith(owner.TablePrefix, StringComparison.OrdinalIgnoreCase)))
            {
                violations.Add($"Module {other.ModuleName}'s prefix '{other.TablePrefix}' starts with module {owner.ModuleName}'s prefix '{owner.TablePrefix}', so their tables cannot be told apart");
            }
        }
        return violations;
    }

    public static IReadOnlyList<string> FindScriptViolations(IEnumerable<SqlScript> scripts, IReadOnlyList<TableOwner> owners)
    {
        var violations = new List<string>();
        foreach (var script in scripts)
        {
            var file = ScriptFileName().Match(script.FileName);
            var owner = file.Success
                ? owners.Where(owner => file.Groups["rest"].Value.StartsWith(owner.ScriptName + "_", StringComparison.Ordinal))
                    .MaxBy(owner => owner.ScriptName.Length)
                : null;
            if (owner is null)
            {
                violations.Add($"{script} is not named NNNN_<module>_<what>.sql after a known module ({string.Join(", ", owners.Select(o => o.ScriptName))})");
                continue;
            }
            foreach (var (verb, table) in TablesTouchedByScript(script.Text).Where(touch => !Owns(owner, touch.Table)))
            {
                violations.Add($"{script} belongs to module {owner.ModuleName} but its {verb} touches table '{table}', which lacks the prefix '{owner.TablePrefix}'");
            }
        }
        return violations;
    }

    public static IReadOnlyList<string> FindConstSqlViolations(TableOwner owner, IEnumerable<ConstSql> constants) =>
        constants.SelectMany(constant => TablesMentioned(constant.Sql)
                .Where(table => !Owns(owner, table))
                .Select(table => $"{constant.Location} (module {owner.ModuleName}) mentions table '{table}', which lacks the module's prefix '{owner.TablePrefix}'"))
            .ToList();

    /// <summary>Tables a migration script creates, alters, drops, indexes, references or writes.</summary>
    public static IReadOnlyList<(string Verb, string Table)> TablesTouchedByScript(string sql) =>
        ScriptTouch().Matches(Sql.WithoutCommentsAndLiterals(sql))
            .Select(match => (Verb: Regex.Replace(match.Groups["verb"].Value.ToUpperInvariant(), @"\s+", " "), Table: Sql.BareName(match.Groups["table"].Value)))
            .Where(touch => !NotTables.Contains(touch.Table) && !ReferentialActions.Contains(touch.Table))
            .ToList();

    /// <summary>Tables a statement reads or writes (FROM / JOIN / INTO / UPDATE / TABLE / USING), without its CTE names.</summary>
    public static IReadOnlyList<string> TablesMentioned(string sql)
    {
        var text = Sql.WithoutCommentsAndLiterals(sql);
        var cteNames = CteName().Matches(text).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TableAfterKeyword().Matches(text)
            .Select(match => Sql.BareName(match.Groups["table"].Value))
            .Where(table => !cteNames.Contains(table) && !NotTables.Contains(table))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool Owns(TableOwner owner, string table) => table.StartsWith(owner.TablePrefix, StringComparison.OrdinalIgnoreCase);

    private const string Name = @"(?:[\[""`]?\w+[\]""`]?\.)?[\[""`]?\w+[\]""`]?";

    [GeneratedRegex(@"^[a-z][a-z0-9_]*_$")]
    private static partial Regex PrefixShape();

    [GeneratedRegex(@"^\d{4}_(?<rest>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptFileName();

    [GeneratedRegex(@"\b(?<verb>CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE(?:\s+IF\s+NOT\s+EXISTS)?|CREATE\s+(?:OR\s+ALTER\s+)?VIEW|ALTER\s+TABLE|DROP\s+TABLE(?:\s+IF\s+EXISTS)?|CREATE\s+(?:UNIQUE\s+)?(?:(?:NON)?CLUSTERED\s+)?INDEX(?:\s+IF\s+NOT\s+EXISTS)?\s+" + Name + @"\s+ON|REFERENCES|INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?<table>" + Name + ")", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTouch();

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\s+(?<table>" + Name + ")", RegexOptions.IgnoreCase)]
    private static partial Regex TableAfterKeyword();

    [GeneratedRegex(@"(?:\bWITH|,)\s*(?<name>\w+)\s*(?:\([^()]*\))?\s*AS\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CteName();
}
