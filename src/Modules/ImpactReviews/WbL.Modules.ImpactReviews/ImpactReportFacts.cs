using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ImpactReviews;

/// <summary>Every impact review with the ROI, benefit-cost ratio and ratings the server stored, for impact and provider reports.</summary>
internal sealed class ImpactReportFacts(IDbSession session) : IReportFacts<ImpactFact>
{
    private const string Sql = """
        SELECT id, contract_id, learner_id, status, completed_at, roi_percent, benefit_cost_ratio, transfer_rating, reaction_rating
        FROM ir_reviews
        """;

    public async ValueTask<IReadOnlyList<ImpactFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row => new ImpactFact(
            row.Id, row.ContractId, row.LearnerId, row.Status == "Completed",
            row.CompletedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
            row.RoiPercent, row.BenefitCostRatio, row.TransferRating, row.ReactionRating)).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public string Status { get; init; } = "";
        public DateTimeOffset? CompletedAt { get; init; }
        public decimal? RoiPercent { get; init; }
        public decimal? BenefitCostRatio { get; init; }
        public int? TransferRating { get; init; }
        public int? ReactionRating { get; init; }
    }
}
