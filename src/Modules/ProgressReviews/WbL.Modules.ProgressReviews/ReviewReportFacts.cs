using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ProgressReviews;

/// <summary>Every scheduled progress review with the date it was held, for the reviews-held-on-time report.</summary>
internal sealed class ReviewReportFacts(IDbSession session) : IReportFacts<ProgressReviewFact>
{
    private const string Sql = "SELECT id, contract_id, learner_id, scheduled_on, status, held_on FROM pr_reviews";

    public async ValueTask<IReadOnlyList<ProgressReviewFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new ProgressReviewFact(row.Id, row.ContractId, row.LearnerId, row.ScheduledOn, row.Status, row.HeldOn)).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? HeldOn { get; init; }
    }
}
