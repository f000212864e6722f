using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification;

internal sealed class DevelopmentStatusQuery(IDbSession session, ISqlDialect dialect) : IDevelopmentStatusQuery
{
    private const string NeedCountsSql = """
        SELECT learner_id, status, COUNT(1) AS needs
        FROM ni_development_needs
        WHERE learner_id IN @People AND status IN @OpenStatuses
        GROUP BY learner_id, status
        """;

    private const string DiscussionDatesSql = """
        SELECT learner_id, MAX(held_on) AS last_held_on
        FROM ni_discussions
        WHERE learner_id IN @People
        GROUP BY learner_id
        """;

    private const string NextDiscussionSql = """
        SELECT d.learner_id, d.next_discussion_on
        FROM ni_discussions d
        WHERE d.learner_id IN @People
          AND d.held_on = (SELECT MAX(latest.held_on) FROM ni_discussions latest WHERE latest.learner_id = d.learner_id)
        """;

    public async ValueTask<IReadOnlyDictionary<Guid, DevelopmentStatus>> GetAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, DevelopmentStatus>();
        }
        var parameters = new { People = dialect.IdList(personIds.Distinct()), OpenStatuses = NeedStatuses.Open };
        var connection = await session.ConnectionAsync(cancellationToken);
        var counts = (await connection.QueryAsync<CountRow>(new CommandDefinition(NeedCountsSql, parameters, session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(row => row.LearnerId);
        var last = (await connection.QueryAsync<LastRow>(new CommandDefinition(DiscussionDatesSql, parameters, session.Transaction, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.LearnerId, row => row.LastHeldOn);
        var next = (await connection.QueryAsync<NextRow>(new CommandDefinition(NextDiscussionSql, parameters, session.Transaction, cancellationToken: cancellationToken)))
            .GroupBy(row => row.LearnerId)
            .ToDictionary(group => group.Key, group => group.Max(row => row.NextDiscussionOn));

        return personIds.Distinct().ToDictionary(id => id, id =>
        {
            var byStatus = counts[id].ToDictionary(row => row.Status, row => row.Needs);
            return new DevelopmentStatus(id, byStatus.Values.Sum(), byStatus, last.GetValueOrDefault(id), next.GetValueOrDefault(id));
        });
    }

    private sealed class CountRow
    {
        public Guid LearnerId { get; init; }
        public string Status { get; init; } = "";
        public int Needs { get; init; }
    }

    private sealed class LastRow
    {
        public Guid LearnerId { get; init; }
        public DateOnly? LastHeldOn { get; init; }
    }

    private sealed class NextRow
    {
        public Guid LearnerId { get; init; }
        public DateOnly? NextDiscussionOn { get; init; }
    }
}
