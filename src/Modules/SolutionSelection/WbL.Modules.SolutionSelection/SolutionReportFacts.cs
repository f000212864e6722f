using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.SolutionSelection;

/// <summary>The solution types in HR's order, for reports to name and sort them.</summary>
internal sealed class SolutionTypeReportFacts(IDbSession session) : IReportFacts<SolutionTypeFact>
{
    private const string Sql = "SELECT code, name, position FROM ss_solution_types";

    public async ValueTask<IReadOnlyList<SolutionTypeFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new SolutionTypeFact(row.Code, row.Name, row.Position)).ToList();
    }

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public int Position { get; init; }
    }
}

/// <summary>Every selected option with the provider of its offering; the provider register's names are public to HR.</summary>
internal sealed class SelectedOptionReportFacts(IDbSession session) : IReportFacts<SelectedOptionFact>
{
    private const string Sql = """
        SELECT o.id, o.need_id, o.learner_id, o.solution_type, o.cost, o.decided_at, p.id AS provider_id, p.name AS provider_name
        FROM ss_options o
        LEFT JOIN ss_offerings f ON f.id = o.offering_id
        LEFT JOIN ss_providers p ON p.id = f.provider_id
        WHERE o.status = 'Selected'
        """;

    public async ValueTask<IReadOnlyList<SelectedOptionFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new SelectedOptionFact(
            row.Id, row.NeedId, row.LearnerId, row.SolutionType, row.ProviderId, row.ProviderName, row.Cost,
            DateOnly.FromDateTime((row.DecidedAt ?? DateTimeOffset.MinValue).UtcDateTime))).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public string SolutionType { get; init; } = "";
        public decimal? Cost { get; init; }
        public DateTimeOffset? DecidedAt { get; init; }
        public Guid? ProviderId { get; init; }
        public string? ProviderName { get; init; }
    }
}
