using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.LearnerContracts.Insights;

/// <summary>
/// Contracts waiting for a signature or a draft: the learner signs proposed terms first, then their line manager
/// countersigns; a draft (new, amended, or sent back by the learner) waits for the manager to propose it.
/// Also the budget each report's contracts in force commit.
/// </summary>
internal sealed class ContractActions(IDbSession session, ISqlDialect dialect) : IActionItemSource, ITeamFiguresSource
{
    private const string PendingSql = """
        SELECT c.id, c.learner_id, c.solution_description, v.status, v.start_date, v.learner_signed_by, v.created_at
        FROM lc_contracts c
        JOIN lc_contract_versions v ON v.contract_id = c.id AND v.number = c.pending_number
        WHERE c.learner_id IN @Learners AND v.status IN ('Draft', 'Proposed')
        """;

    private const string InForceSql = """
        SELECT c.learner_id, v.terms
        FROM lc_contracts c
        JOIN lc_contract_versions v ON v.contract_id = c.id AND v.number = c.in_force_number
        WHERE c.learner_id IN @Learners AND c.status IN ('Agreed', 'Active', 'Completed')
        """;

    public async ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition(PendingSql,
            new { Learners = dialect.IdList(viewer.DirectReportIds.Append(viewer.PersonId)) }, session.Transaction, cancellationToken: cancellationToken));
        var items = new List<ActionItem>();
        foreach (var row in rows)
        {
            var link = $"/contracts/{row.Id}";
            var since = DateOnly.FromDateTime(row.CreatedAt.UtcDateTime);
            if (row.LearnerId == viewer.PersonId)
            {
                if (row.Status == VersionStatuses.Proposed && row.LearnerSignedBy is null)
                {
                    items.Add(new ActionItem("contract-to-sign", $"Read and sign your learning contract for “{row.SolutionDescription}”",
                        RecordTypes.Contract, row.Id, link, ActionUrgency.Open, null, row.LearnerId, since));
                }
            }
            else if (row.Status == VersionStatuses.Proposed && row.LearnerSignedBy is not null)
            {
                items.Add(new ActionItem("contract-to-countersign", $"Countersign the learning contract for “{row.SolutionDescription}”",
                    RecordTypes.Contract, row.Id, link, ActionUrgency.Open, null, row.LearnerId, since));
            }
            else if (row.Status == VersionStatuses.Draft)
            {
                items.Add(new ActionItem("contract-draft", $"Finish and propose the learning contract for “{row.SolutionDescription}”",
                    RecordTypes.Contract, row.Id, link, ActionUrgency.Open, null, row.LearnerId, since));
            }
        }
        return items;
    }

    public async ValueTask<IReadOnlyList<TeamFigures>> FiguresForAsync(IReadOnlyCollection<Guid> personIds, DateOnly today, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<InForceRow>(new CommandDefinition(InForceSql, new { Learners = dialect.IdList(personIds) },
            session.Transaction, cancellationToken: cancellationToken));
        // The cost lives in the signed terms, so it is summed here rather than in SQL.
        return rows.GroupBy(row => row.LearnerId).Select(learner => new TeamFigures(learner.Key)
        {
            BudgetCommitted = learner.Sum(row => ContractTerms.Deserialise(row.Terms).Cost),
            ContractsInForce = learner.Count(),
        }).ToList();
    }

    private sealed class PendingRow
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string SolutionDescription { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public Guid? LearnerSignedBy { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed class InForceRow
    {
        public Guid LearnerId { get; init; }
        public string Terms { get; init; } = "";
    }
}
