using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ImpactReviews.Reminders;

/// <summary>
/// The window of each open impact review a person takes part in (as learner, as the manager who owns it, or as the
/// contract's mentor): one date when it opens and one for the last day it is due.
/// </summary>
internal sealed class ImpactCalendar(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ILearnerContracts contracts) : ICalendarSource
{
    private const string ReviewsSql = """
        SELECT id, learner_id, need_title, window_opens_on, window_closes_on
        FROM ir_reviews
        WHERE status = 'Open' AND window_closes_on >= @Since
          AND (learner_id IN @Learners OR manager_id = @Person OR contract_id IN @Contracts)
        ORDER BY window_closes_on, id
        """;

    public async ValueTask<IReadOnlyList<CalendarEntry>> EntriesForAsync(Guid personId, DateOnly from, CancellationToken cancellationToken)
    {
        var reports = await directory.DirectReportsAsync(personId, cancellationToken);
        var mentored = await contracts.MentoredByAsync(personId, cancellationToken);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(ReviewsSql, new
        {
            Since = from,
            Person = personId,
            Learners = dialect.IdList(reports.Select(report => report.Id).Append(personId)),
            Contracts = dialect.IdList(mentored.Count == 0 ? [Guid.Empty] : mentored),
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(rows.Select(row => row.LearnerId).Distinct().ToList(), cancellationToken);

        var entries = new List<CalendarEntry>();
        foreach (var row in rows)
        {
            var about = row.LearnerId == personId ? $"\"{row.NeedTitle}\"" : $"{people.GetValueOrDefault(row.LearnerId)?.DisplayName ?? "a learner"}, \"{row.NeedTitle}\"";
            var link = $"/impact-reviews/{row.Id}";
            const string description = "One to three months after the learning finished: what changed at work, and what it was worth.";
            if (row.WindowOpensOn >= from)
            {
                entries.Add(new CalendarEntry($"impact-review-{row.Id:N}-opens@wbl", $"Impact review window opens: {about}", row.WindowOpensOn, link, description));
            }
            entries.Add(new CalendarEntry($"impact-review-{row.Id:N}-due@wbl", $"Impact review due: {about}", row.WindowClosesOn, link, description));
        }
        return entries;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string NeedTitle { get; init; } = "";
        public DateOnly WindowOpensOn { get; init; }
        public DateOnly WindowClosesOn { get; init; }
    }
}
