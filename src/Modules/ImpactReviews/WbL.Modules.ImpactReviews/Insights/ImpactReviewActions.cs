using System.Globalization;
using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ImpactReviews.Insights;

/// <summary>
/// Impact reviews that need someone's action. The line manager owns each review of a direct report once its window
/// has opened (overdue after it closes); the learner gives their reaction at any time until it is recorded; HR sees
/// every overdue review of the organisation, because overdue reviews escalate to them.
/// </summary>
internal sealed class ImpactReviewActions(IDbSession session, ISqlDialect dialect) : IActionItemSource, ITeamFiguresSource
{
    private const string OpenForLearnersSql = """
        SELECT id, learner_id, need_title, window_opens_on, window_closes_on, learner_part_by
        FROM ir_reviews
        WHERE status = 'Open' AND learner_id IN @Learners
        """;

    private const string OverdueSql = """
        SELECT id, learner_id, need_title, window_opens_on, window_closes_on, learner_part_by
        FROM ir_reviews
        WHERE status = 'Open' AND window_closes_on < @Today
        """;

    private const string FiguresSql = """
        SELECT learner_id, adjusted_benefit
        FROM ir_reviews
        WHERE status = 'Completed' AND learner_id IN @Learners
        """;

    public async ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var today = viewer.Today;
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(OpenForLearnersSql,
            new { Learners = dialect.IdList(viewer.DirectReportIds.Append(viewer.PersonId)) }, session.Transaction, cancellationToken: cancellationToken));
        var items = new List<ActionItem>();
        var mine = new HashSet<Guid>();
        foreach (var row in rows)
        {
            var status = ImpactWindow.StatusOn(today, row.WindowOpensOn, row.WindowClosesOn, recorded: false);
            if (row.LearnerId == viewer.PersonId)
            {
                if (row.LearnerPartBy is null)
                {
                    items.Add(new ActionItem("impact-review-reaction", $"Give your view of “{row.NeedTitle}” for its impact review",
                        RecordTypes.ImpactReview, row.Id, Link(row.Id), UrgencyOf(status), row.WindowClosesOn, row.LearnerId));
                }
            }
            else if (status != ImpactReviewStatuses.Pending)
            {
                mine.Add(row.Id);
                items.Add(new ActionItem("impact-review",
                    status == ImpactReviewStatuses.Overdue
                        ? $"Impact review of “{row.NeedTitle}” overdue since {Day(row.WindowClosesOn.AddDays(1))}"
                        : $"Impact review of “{row.NeedTitle}” due by {Day(row.WindowClosesOn)}",
                    RecordTypes.ImpactReview, row.Id, Link(row.Id), UrgencyOf(status), row.WindowClosesOn, row.LearnerId));
            }
        }

        if (viewer.IsInRole(Roles.HR))
        {
            var overdue = await connection.QueryAsync<Row>(new CommandDefinition(OverdueSql, new { Today = today }, session.Transaction, cancellationToken: cancellationToken));
            items.AddRange(overdue.Where(row => !mine.Contains(row.Id) && row.LearnerId != viewer.PersonId).Select(row => new ActionItem(
                "impact-review-escalated", $"Impact review of “{row.NeedTitle}” overdue: follow it up with the manager",
                RecordTypes.ImpactReview, row.Id, Link(row.Id), ActionUrgency.Overdue, row.WindowClosesOn, row.LearnerId)));
        }
        return items;
    }

    public async ValueTask<IReadOnlyList<TeamFigures>> FiguresForAsync(IReadOnlyCollection<Guid> personIds, DateOnly today, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FigureRow>(new CommandDefinition(FiguresSql, new { Learners = dialect.IdList(personIds) },
            session.Transaction, cancellationToken: cancellationToken));
        return rows.GroupBy(row => row.LearnerId).Select(learner => new TeamFigures(learner.Key)
        {
            BenefitRealised = learner.Sum(row => row.AdjustedBenefit ?? 0m),
            ImpactReviewsRecorded = learner.Count(),
        }).ToList();
    }

    private static string Link(Guid id) => $"/impact-reviews/{id}";

    private static ActionUrgency UrgencyOf(string status) => status switch
    {
        ImpactReviewStatuses.Overdue => ActionUrgency.Overdue,
        ImpactReviewStatuses.Due => ActionUrgency.Due,
        _ => ActionUrgency.Upcoming,
    };

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string NeedTitle { get; init; } = "";
        public DateOnly WindowOpensOn { get; init; }
        public DateOnly WindowClosesOn { get; init; }
        public Guid? LearnerPartBy { get; init; }
    }

    private sealed class FigureRow
    {
        public Guid LearnerId { get; init; }
        public decimal? AdjustedBenefit { get; init; }
    }
}
