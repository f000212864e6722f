using System.Globalization;
using Dapper;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ProgressReviews.Insights;

/// <summary>
/// Progress reviews and ideas that need someone's action. For a line manager, about their direct reports: reviews
/// due (within a week) or overdue, to hold and record; ideas not yet answered (overdue after 14 days). For a
/// learner: their part of a review that is due or overdue, and the next review date of each contract.
/// </summary>
internal sealed class ProgressReviewActions(IDbSession session, ISqlDialect dialect) : IActionItemSource, ITeamFiguresSource
{
    private const string ReportsReviewsSql = """
        SELECT id, contract_id, learner_id, scheduled_on, learner_part_by
        FROM pr_reviews
        WHERE status = 'Scheduled' AND learner_id IN @Learners AND scheduled_on <= @DueBy
        """;

    private const string OwnReviewsSql = """
        SELECT id, contract_id, learner_id, scheduled_on, learner_part_by
        FROM pr_reviews
        WHERE status = 'Scheduled' AND learner_id = @Me
        """;

    private const string OpenIdeasSql = """
        SELECT id, contract_id, learner_id, title, raised_at
        FROM pr_ideas
        WHERE status = 'Open' AND learner_id IN @Learners
        """;

    private const string FiguresSql = """
        SELECT learner_id, scheduled_on, status, held_on
        FROM pr_reviews
        WHERE learner_id IN @Learners AND (status = 'Held' OR (status = 'Scheduled' AND scheduled_on < @Today))
        """;

    public async ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var items = new List<ActionItem>();
        var today = viewer.Today;

        if (viewer.IsManager)
        {
            var learners = dialect.IdList(viewer.DirectReportIds);
            var reviews = await connection.QueryAsync<ReviewRow>(new CommandDefinition(ReportsReviewsSql,
                new { Learners = learners, DueBy = today.AddDays(ReviewStates.DueWithinDays) }, session.Transaction, cancellationToken: cancellationToken));
            items.AddRange(reviews.Select(review => new ActionItem(
                "progress-review",
                ReviewStates.Of(ReviewStatuses.Scheduled, review.ScheduledOn, today) == ReviewStates.Overdue
                    ? $"Progress review overdue since {Day(review.ScheduledOn)}: hold it and record it"
                    : $"Progress review due on {Day(review.ScheduledOn)}: hold it and record it",
                RecordTypes.ProgressReview, review.Id, $"/progress-reviews/{review.Id}", UrgencyOf(review.ScheduledOn, today), review.ScheduledOn, review.LearnerId)));

            var ideas = await connection.QueryAsync<IdeaRow>(new CommandDefinition(OpenIdeasSql, new { Learners = learners }, session.Transaction, cancellationToken: cancellationToken));
            items.AddRange(ideas.Select(idea =>
            {
                var answerBy = DateOnly.FromDateTime(idea.RaisedAt.UtcDateTime).AddDays(IdeaStatuses.AnswerWithinDays);
                return new ActionItem(
                    "idea-unanswered", $"Answer the idea “{idea.Title}”", RecordTypes.Idea, idea.Id, $"/contracts/{idea.ContractId}/ideas",
                    today > answerBy ? ActionUrgency.Overdue : ActionUrgency.Open, answerBy, idea.LearnerId);
            }));
        }

        var own = (await connection.QueryAsync<ReviewRow>(new CommandDefinition(OwnReviewsSql, new { Me = viewer.PersonId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        foreach (var review in own.Where(review => review.LearnerPartBy is null && review.ScheduledOn <= today.AddDays(ReviewStates.DueWithinDays)))
        {
            items.Add(new ActionItem(
                "progress-review-learner-part", $"Write your part of the progress review on {Day(review.ScheduledOn)}", RecordTypes.ProgressReview, review.Id,
                $"/progress-reviews/{review.Id}", UrgencyOf(review.ScheduledOn, today), review.ScheduledOn, review.LearnerId));
        }
        // The next date of each contract, so the learner sees it coming even with nothing to write yet.
        foreach (var next in own.Where(review => review.ScheduledOn > today.AddDays(ReviewStates.DueWithinDays))
                     .GroupBy(review => review.ContractId).Select(contract => contract.MinBy(review => review.ScheduledOn)!))
        {
            items.Add(new ActionItem(
                "progress-review-upcoming", $"Next progress review on {Day(next.ScheduledOn)}", RecordTypes.ProgressReview, next.Id,
                $"/progress-reviews/{next.Id}", ActionUrgency.Upcoming, next.ScheduledOn, next.LearnerId));
        }
        return items;
    }

    /// <summary>Of the reviews whose date has come, those held on or before it: held late counts as not on time.</summary>
    public async ValueTask<IReadOnlyList<TeamFigures>> FiguresForAsync(IReadOnlyCollection<Guid> personIds, DateOnly today, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FigureRow>(new CommandDefinition(FiguresSql, new { Learners = dialect.IdList(personIds), Today = today },
            session.Transaction, cancellationToken: cancellationToken));
        return rows.GroupBy(row => row.LearnerId).Select(learner => new TeamFigures(learner.Key)
        {
            ReviewsDue = learner.Count(),
            ReviewsHeldOnTime = learner.Count(row => row.Status == ReviewStatuses.Held && row.HeldOn <= row.ScheduledOn),
        }).ToList();
    }

    private static ActionUrgency UrgencyOf(DateOnly scheduledOn, DateOnly today) =>
        ReviewStates.Of(ReviewStatuses.Scheduled, scheduledOn, today) switch
        {
            ReviewStates.Overdue => ActionUrgency.Overdue,
            ReviewStates.Due => ActionUrgency.Due,
            _ => ActionUrgency.Upcoming,
        };

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public Guid? LearnerPartBy { get; init; }
    }

    private sealed class IdeaRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public string Title { get; init; } = "";
        public DateTimeOffset RaisedAt { get; init; }
    }

    private sealed class FigureRow
    {
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? HeldOn { get; init; }
    }
}
