using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.NeedsIdentification;

/// <summary>Every development need as a report fact: origin, privacy, status and when it was raised, never its title.</summary>
internal sealed class NeedReportFacts(IDbSession session) : IReportFacts<NeedFact>
{
    private const string Sql = "SELECT id, learner_id, origin, is_private, status, created_at FROM ni_development_needs";

    public async ValueTask<IReadOnlyList<NeedFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new NeedFact(row.Id, row.LearnerId, row.Origin, row.IsPrivate, row.Status, DateOnly.FromDateTime(row.CreatedAt.UtcDateTime))).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string Origin { get; init; } = "";
        public bool IsPrivate { get; init; }
        public string Status { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }
}
