using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.ProgressReviews.Reminders;

/// <summary>
/// Scheduled reviews that are due (within a week) or overdue remind the learner and their line manager; an idea left
/// unanswered past its answer-by date reminds the manager. The manager is the learner's line manager today, so a change
/// of reporting line moves the reminder with the access.
/// </summary>
internal sealed class ReviewReminders(IDbSession session, IOrganisationDirectory directory) : IReminderSource
{
    private const string ReviewsSql = """
        SELECT id, learner_id, scheduled_on
        FROM pr_reviews
        WHERE status = 'Scheduled' AND scheduled_on <= @DueFrom
        ORDER BY scheduled_on, id
        """;

    private const string IdeasSql = """
        SELECT id, contract_id, learner_id, title, raised_at
        FROM pr_ideas
        WHERE status = 'Open' AND raised_at < @RaisedBefore
        ORDER BY raised_at, id
        """;

    public async ValueTask<IReadOnlyList<ReminderItem>> DueOrOverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var reviews = (await connection.QueryAsync<ReviewRow>(new CommandDefinition(
            ReviewsSql, new { DueFrom = today.AddDays(ReviewStates.DueWithinDays) }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        // An idea raised on day D is overdue from D + 15, so anything raised before the start of (today - 14 days) qualifies.
        var raisedBefore = new DateTimeOffset(today.AddDays(-IdeaStatuses.AnswerWithinDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var ideas = (await connection.QueryAsync<IdeaRow>(new CommandDefinition(
            IdeasSql, new { RaisedBefore = raisedBefore }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(reviews.Select(review => review.LearnerId).Concat(ideas.Select(idea => idea.LearnerId)).Distinct().ToList(), cancellationToken);

        var items = new List<ReminderItem>();
        foreach (var review in reviews)
        {
            var state = ReviewStates.Of(ReviewStatuses.Scheduled, review.ScheduledOn, today) == ReviewStates.Overdue ? ReminderState.Overdue : ReminderState.Due;
            var learner = people.GetValueOrDefault(review.LearnerId);
            var key = $"progress-review:{review.Id}";
            var link = $"/progress-reviews/{review.Id}";
            var when = review.ScheduledOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var verb = state == ReminderState.Overdue ? "was due" : "is due";
            items.Add(new ReminderItem(review.LearnerId, key, state, $"Your progress review {verb} on {when}", link, review.ScheduledOn));
            if (learner?.ManagerId is { } manager)
            {
                items.Add(new ReminderItem(manager, key, state, $"{learner.DisplayName}'s progress review {verb} on {when}", link, review.ScheduledOn));
            }
        }
        foreach (var idea in ideas)
        {
            var answerBy = DateOnly.FromDateTime(idea.RaisedAt.UtcDateTime).AddDays(IdeaStatuses.AnswerWithinDays);
            if (answerBy >= today || people.GetValueOrDefault(idea.LearnerId) is not { ManagerId: { } manager } learner)
            {
                continue;
            }
            items.Add(new ReminderItem(manager, $"idea:{idea.Id}", ReminderState.Overdue,
                $"{learner.DisplayName}'s idea \"{idea.Title}\" is waiting for your answer", $"/contracts/{idea.ContractId}/ideas", answerBy));
        }
        return items;
    }

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public DateOnly ScheduledOn { get; init; }
    }

    private sealed class IdeaRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public string Title { get; init; } = "";
        public DateTimeOffset RaisedAt { get; init; }
    }
}
