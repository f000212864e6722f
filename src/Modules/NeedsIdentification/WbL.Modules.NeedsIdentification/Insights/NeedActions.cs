using System.Globalization;
using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.NeedsIdentification.Insights;

/// <summary>
/// What a line manager should act on for their direct reports in needs identification: the next 1:1 once its date
/// is within a week (overdue once passed), aspirations a report proposed that wait to be confirmed, and identified
/// needs still without a solution. Only the line manager sees private aspirations, and only they get these items.
/// </summary>
internal sealed class NeedActions(IDbSession session, ISqlDialect dialect, IDevelopmentStatusQuery statuses) : IActionItemSource
{
    /// <summary>A 1:1 is due from a week before the date the last one agreed, like a progress review.</summary>
    public const int DiscussionDueWithinDays = 7;

    private const string WaitingNeedsSql = """
        SELECT id, learner_id, title, status, created_at
        FROM ni_development_needs
        WHERE learner_id IN @Learners AND status IN ('Proposed', 'Identified')
        """;

    public async ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsManager)
        {
            return [];
        }
        var today = viewer.Today;
        var items = new List<ActionItem>();
        foreach (var status in (await statuses.GetAsync(viewer.DirectReportIds, cancellationToken)).Values)
        {
            if (status.NextDiscussionOn is { } next && next <= today.AddDays(DiscussionDueWithinDays))
            {
                items.Add(new ActionItem(
                    "discussion-due",
                    next < today ? $"1:1 development discussion overdue since {Day(next)}" : $"1:1 development discussion due on {Day(next)}",
                    "Person", status.PersonId, $"/team/{status.PersonId}/discussions/new",
                    next < today ? ActionUrgency.Overdue : ActionUrgency.Due, next, status.PersonId));
            }
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var needs = await connection.QueryAsync<NeedRow>(new CommandDefinition(WaitingNeedsSql, new { Learners = dialect.IdList(viewer.DirectReportIds) },
            session.Transaction, cancellationToken: cancellationToken));
        foreach (var need in needs)
        {
            var since = DateOnly.FromDateTime(need.CreatedAt.UtcDateTime);
            items.Add(need.Status == NeedStatuses.Proposed
                ? new ActionItem("aspiration-to-confirm", $"Confirm or discuss the aspiration “{need.Title}”", RecordTypes.DevelopmentNeed, need.Id,
                    $"/people/{need.LearnerId}/plan", ActionUrgency.Open, null, need.LearnerId, since)
                : new ActionItem("need-without-solution", $"Choose how to learn “{need.Title}”", RecordTypes.DevelopmentNeed, need.Id,
                    $"/needs/{need.Id}/solutions", ActionUrgency.Open, null, need.LearnerId, since));
        }
        return items;
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed class NeedRow
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }
}
