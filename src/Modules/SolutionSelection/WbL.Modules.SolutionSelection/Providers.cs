using System.Text.Json;
using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

public sealed record ProviderResponse(
    Guid Id,
    string Name,
    string Kind,
    bool Preferred,
    DateOnly? PreferredReviewOn,
    IReadOnlyList<string> Accreditations,
    string? ContactName,
    string? ContactEmail,
    string? Website,
    bool Active,
    int OfferingCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>Reads shared by the provider use cases.</summary>
internal static class Providers
{
    /// <summary>The offering count is what a reader can choose from: active offerings only.</summary>
    public const string SelectColumns = """
        SELECT p.id, p.name, p.kind, p.preferred, p.preferred_review_on, p.accreditations, p.contact_name, p.contact_email,
               p.website, p.active, p.created_at, p.updated_at, p.version,
               (SELECT COUNT(1) FROM ss_offerings o WHERE o.provider_id = p.id AND o.active = 1) AS offering_count
        FROM ss_providers p
        """;

    private const string ByIdSql = SelectColumns + " WHERE p.id = @Id";

    public static string SerialiseAccreditations(IReadOnlyList<string> accreditations) => JsonSerializer.Serialize(Normalise(accreditations));

    /// <summary>Trimmed, blank entries dropped, each accreditation once whatever its case.</summary>
    public static string[] Normalise(IReadOnlyList<string> accreditations) =>
        accreditations.Select(accreditation => accreditation.Trim())
            .Where(accreditation => accreditation.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    public static async Task<Row?> FindAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public bool Preferred { get; init; }
        public DateOnly? PreferredReviewOn { get; init; }
        public string Accreditations { get; init; } = "[]";
        public string? ContactName { get; init; }
        public string? ContactEmail { get; init; }
        public string? Website { get; init; }
        public bool Active { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }
        public int OfferingCount { get; init; }

        public ProviderResponse ToResponse() => new(
            Id, Name, Kind, Preferred, PreferredReviewOn, JsonSerializer.Deserialize<string[]>(Accreditations) ?? [], ContactName, ContactEmail,
            Website, Active, OfferingCount, CreatedAt, UpdatedAt, Version);
    }
}
