using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ProgressReviews.Reminders;

/// <summary>The progress review dates a person takes part in: their own, their direct reports', and those of the contracts they mentor.</summary>
internal sealed class ReviewCalendar(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ILearnerContracts contracts) : ICalendarSource
{
    private const string ReviewsSql = """
        SELECT id, contract_id, learner_id, scheduled_on, status
        FROM pr_reviews
        WHERE status <> 'Cancelled' AND scheduled_on >= @Since
          AND (learner_id IN @Learners OR contract_id IN @Contracts)
        ORDER BY scheduled_on, id
        """;

    public async ValueTask<IReadOnlyList<CalendarEntry>> EntriesForAsync(Guid personId, DateOnly from, CancellationToken cancellationToken)
    {
        var reports = await directory.DirectReportsAsync(personId, cancellationToken);
        var mentored = await contracts.MentoredByAsync(personId, cancellationToken);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(ReviewsSql, new
        {
            Since = from,
            Learners = dialect.IdList(reports.Select(report => report.Id).Append(personId)),
            Contracts = dialect.IdList(mentored.Count == 0 ? [Guid.Empty] : mentored),
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(rows.Select(row => row.LearnerId).Distinct().ToList(), cancellationToken);

        return rows.Select(row =>
        {
            var title = row.LearnerId == personId
                ? "Progress review"
                : $"Progress review: {people.GetValueOrDefault(row.LearnerId)?.DisplayName ?? "a learner"}";
            var held = row.Status == ReviewStatuses.Held ? " (held)" : "";
            return new CalendarEntry($"progress-review-{row.Id:N}@wbl", title + held, row.ScheduledOn, $"/progress-reviews/{row.Id}",
                "A progress review of the learning contract: progress on each outcome, time given, barriers, support and actions.");
        }).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public string Status { get; init; } = "";
    }
}
