using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

public sealed record OfferingResponse(
    Guid Id,
    Guid ProviderId,
    string ProviderName,
    bool PreferredProvider,
    bool ProviderActive,
    string Title,
    string SolutionType,
    string SolutionTypeName,
    bool Accredited,
    string? Qualification,
    string Duration,
    decimal Cost,
    string DeliveryMode,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>Reads shared by the offering use cases: an offering is shown with its provider and its type's name.</summary>
internal static class Offerings
{
    public const string SelectColumns = """
        SELECT o.id, o.provider_id, p.name AS provider_name, p.preferred AS preferred_provider, p.active AS provider_active,
               o.title, o.solution_type, t.name AS solution_type_name, o.accredited, o.qualification, o.duration, o.cost,
               o.delivery_mode, o.active, o.created_at, o.updated_at, o.version
        FROM ss_offerings o
        INNER JOIN ss_providers p ON p.id = o.provider_id
        INNER JOIN ss_solution_types t ON t.code = o.solution_type
        """;

    private const string ByIdSql = SelectColumns + " WHERE o.id = @Id";

    public static async Task<Row?> FindAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ProviderId { get; init; }
        public string ProviderName { get; init; } = "";
        public bool PreferredProvider { get; init; }
        public bool ProviderActive { get; init; }
        public string Title { get; init; } = "";
        public string SolutionType { get; init; } = "";
        public string SolutionTypeName { get; init; } = "";
        public bool Accredited { get; init; }
        public string? Qualification { get; init; }
        public string Duration { get; init; } = "";
        public decimal Cost { get; init; }
        public string DeliveryMode { get; init; } = "";
        public bool Active { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }

        public OfferingResponse ToResponse() => new(
            Id, ProviderId, ProviderName, PreferredProvider, ProviderActive, Title, SolutionType, SolutionTypeName, Accredited, Qualification,
            Duration, Cost, DeliveryMode, Active, CreatedAt, UpdatedAt, Version);
    }
}
