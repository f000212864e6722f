using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.LearnerContracts;

/// <summary>Every contract as a report fact, with the cost and start date of the version in force.</summary>
internal sealed class ContractReportFacts(IDbSession session) : IReportFacts<ContractFact>
{
    private const string Sql = """
        SELECT c.id, c.need_id, c.learner_id, c.option_id, c.solution_type, c.status, c.completed_on, v.terms
        FROM lc_contracts c
        LEFT JOIN lc_contract_versions v ON v.contract_id = c.id AND v.number = c.in_force_number
        """;

    public async ValueTask<IReadOnlyList<ContractFact>> FactsAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return rows.Select(row =>
        {
            var terms = row.Terms is null ? null : ContractTerms.Deserialise(row.Terms);
            return new ContractFact(row.Id, row.NeedId, row.LearnerId, row.OptionId, row.SolutionType, row.Status, terms is not null,
                terms?.Cost, terms?.StartDate, row.CompletedOn);
        }).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid OptionId { get; init; }
        public string SolutionType { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly? CompletedOn { get; init; }
        public string? Terms { get; init; }
    }
}
