using System.Globalization;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ImpactReviews.Reminders;

/// <summary>
/// An open impact review reminds the manager who owns it when its window opens (due) and again once the window has closed
/// (overdue). The owner is the learner's line manager today, or the manager recorded on the review when the learner has none.
/// </summary>
internal sealed class ImpactReminders(IDbSession session, IOrganisationDirectory directory) : IReminderSource
{
    private const string OpenSql = """
        SELECT id, learner_id, manager_id, need_title, window_opens_on, window_closes_on
        FROM ir_reviews
        WHERE status = 'Open' AND window_opens_on <= @Today
        ORDER BY window_closes_on, id
        """;

    public async ValueTask<IReadOnlyList<ReminderItem>> DueOrOverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(OpenSql, new { Today = today }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(rows.Select(row => row.LearnerId).Distinct().ToList(), cancellationToken);
        return rows.Select(row =>
        {
            var learner = people.GetValueOrDefault(row.LearnerId);
            var overdue = ImpactWindow.StatusOn(today, row.WindowOpensOn, row.WindowClosesOn, recorded: false) == ImpactReviewStatuses.Overdue;
            var closes = row.WindowClosesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            var who = learner?.DisplayName ?? "A learner";
            var title = overdue
                ? $"{who}'s impact review of \"{row.NeedTitle}\" is overdue (its window closed on {closes})"
                : $"{who}'s impact review of \"{row.NeedTitle}\" is due by {closes}";
            return new ReminderItem(learner?.ManagerId ?? row.ManagerId, $"impact-review:{row.Id}", overdue ? ReminderState.Overdue : ReminderState.Due,
                title, $"/impact-reviews/{row.Id}", row.WindowClosesOn);
        }).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public Guid ManagerId { get; init; }
        public string NeedTitle { get; init; } = "";
        public DateOnly WindowOpensOn { get; init; }
        public DateOnly WindowClosesOn { get; init; }
    }
}
