using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection;

public sealed record SolutionTypeResponse(string Code, string Name, int Position, bool Active, int Version);

/// <summary>Reads shared by the solution-type use cases and by everything that must name an existing type.</summary>
internal static class SolutionTypes
{
    public const string SelectColumns = "SELECT code, name, position, active, version FROM ss_solution_types";

    // Codes are matched case-insensitively so that SQLite and SQL Server (case-insensitive collation) agree.
    private const string ByCodeSql = SelectColumns + " WHERE LOWER(code) = LOWER(@Code)";

    public static async Task<Row?> FindAsync(IDbSession session, string code, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByCodeSql, new { Code = code }, session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The stored code of a type an offering may name: it must exist and be active, unless the
    /// offering already had it (a type retired later does not block editing the offering).
    /// </summary>
    public static async Task<string> UsableCodeAsync(IDbSession session, string code, string? currentCode, CancellationToken cancellationToken)
    {
        var type = await FindAsync(session, code.Trim(), cancellationToken);
        if (type is null)
        {
            throw Validation.Fail("solutionType", "Choose one of the solution types in the list.");
        }
        if (!type.Active && !string.Equals(type.Code, currentCode, StringComparison.Ordinal))
        {
            throw Validation.Fail("solutionType", $"The solution type '{type.Name}' is no longer offered; choose another.");
        }
        return type.Code;
    }

    internal sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public int Position { get; init; }
        public bool Active { get; init; }
        public int Version { get; init; }

        public SolutionTypeResponse ToResponse() => new(Code, Name, Position, Active, Version);
    }
}
