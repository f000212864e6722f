using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ProgressReviews;

/// <summary>
/// Keeps a contract's reviews in step with the contract: scheduled when it starts, moved when an
/// amendment changes the cadence or dates, cancelled when it is withdrawn or finishes early.
/// Reviews already held never change. It works from the contract's current state, so handling an
/// event twice, or late, gives the same schedule. Each review it schedules, moves or cancels gets an audit entry named
/// after the event, with no actor: the contract's change caused it, not a person's request.
/// </summary>
internal sealed class ScheduleSync(IDbSession session, ILearnerContracts contracts, IAuditTrail audit, TimeProvider clock)
{
    public const string NoLongerScheduled = "No longer in the schedule after the contract was changed.";
    public const string ContractWithdrawn = "The contract was withdrawn.";
    public const string ContractCompleted = "The contract was completed before this date.";

    private const string ReviewsSql = "SELECT id, scheduled_on, status FROM pr_reviews WHERE contract_id = @ContractId ORDER BY scheduled_on, id";

    private const string InsertSql = """
        INSERT INTO pr_reviews (id, contract_id, learner_id, scheduled_on, status, version, created_at, updated_at)
        VALUES (@Id, @ContractId, @LearnerId, @ScheduledOn, 'Scheduled', 1, @Now, @Now)
        """;

    private const string MoveSql = """
        UPDATE pr_reviews SET scheduled_on = @ScheduledOn, version = version + 1, updated_at = @Now
        WHERE id = @Id AND status = 'Scheduled'
        """;

    private const string CancelSql = """
        UPDATE pr_reviews SET status = 'Cancelled', cancelled_reason = @Reason, version = version + 1, updated_at = @Now
        WHERE id = @Id AND status = 'Scheduled'
        """;

    private const string OutcomesSql = "SELECT outcome_index, outcome FROM pr_review_outcomes WHERE review_id = @ReviewId";

    private const string InsertOutcomeSql = """
        INSERT INTO pr_review_outcomes (review_id, outcome_index, outcome, rating, evidence, links)
        VALUES (@ReviewId, @OutcomeIndex, @Outcome, NULL, NULL, '[]')
        """;

    private const string RenameOutcomeSql = "UPDATE pr_review_outcomes SET outcome = @Outcome WHERE review_id = @ReviewId AND outcome_index = @OutcomeIndex";

    private const string DropOutcomesSql = "DELETE FROM pr_review_outcomes WHERE review_id = @ReviewId AND outcome_index >= @Count";

    private static readonly string ReviewRecord = AuditedRecord.TypeOf(typeof(ProgressReviewResponse));

    /// <param name="cause">The contract event being handled; it names the audit entries.</param>
    public async Task SyncAsync(Guid contractId, string cause, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(contractId, cancellationToken);
        if (contract is null)
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var reviews = (await connection.QueryAsync<ReviewRow>(new CommandDefinition(ReviewsSql, new { ContractId = contractId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var open = reviews.Where(review => review.Status == ReviewStatuses.Scheduled).ToList();
        switch (contract.Status)
        {
            case ContractStatus.Active when contract.InForce is { } terms:
                await RescheduleAsync(contract, terms, reviews, open, cause, cancellationToken);
                break;
            case ContractStatus.Withdrawn:
                await CancelAsync(contract, open, ContractWithdrawn, cause, cancellationToken);
                break;
            case ContractStatus.Completed when contract.CompletedOn is { } completedOn:
                await CancelAsync(contract, open.Where(review => review.ScheduledOn > completedOn).ToList(), ContractCompleted, cause, cancellationToken);
                break;
        }
    }

    private async Task RescheduleAsync(
        ContractSummary contract, AgreedTerms terms, List<ReviewRow> reviews, List<ReviewRow> open, string cause, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Dates up to the last held review are covered by it; the rest of the new schedule goes to the reviews still to come.
        var lastHeld = reviews.Where(review => review.Status == ReviewStatuses.Held).Select(review => (DateOnly?)review.ScheduledOn).Max();
        var wanted = ReviewSchedule.Dates(terms.FirstReviewOn, terms.ReviewCadenceWeeks, terms.EndDate)
            .Where(date => lastHeld is null || date > lastHeld)
            .ToList();
        // A review already on a date the new schedule keeps stays where it is; the others take the remaining dates in order.
        var staying = open.Where(review => wanted.Contains(review.ScheduledOn)).DistinctBy(review => review.ScheduledOn).ToList();
        var moving = new Queue<ReviewRow>(open.Except(staying));
        foreach (var date in wanted)
        {
            Guid reviewId;
            if (staying.FirstOrDefault(review => review.ScheduledOn == date) is { } kept)
            {
                reviewId = kept.Id;
            }
            else if (moving.TryDequeue(out var moved))
            {
                reviewId = moved.Id;
                if (await connection.ExecuteAsync(new CommandDefinition(MoveSql, new { Id = reviewId, ScheduledOn = date, Now = now }, session.Transaction, cancellationToken: cancellationToken)) > 0)
                {
                    await AuditAsync(cause, reviewId, contract, new { ContractId = contract.Id, ScheduledOn = date }, cancellationToken);
                }
            }
            else
            {
                reviewId = Guid.CreateVersion7();
                await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
                {
                    Id = reviewId,
                    ContractId = contract.Id,
                    contract.LearnerId,
                    ScheduledOn = date,
                    Now = now,
                }, session.Transaction, cancellationToken: cancellationToken));
                await AuditAsync(cause, reviewId, contract, new { ContractId = contract.Id, ScheduledOn = date, Status = ReviewStatuses.Scheduled }, cancellationToken);
            }
            await SyncOutcomesAsync(reviewId, terms.LearningOutcomes, cancellationToken);
        }
        await CancelAsync(contract, moving.ToList(), NoLongerScheduled, cause, cancellationToken);
    }

    /// <summary>A review still to come rates the outcomes in force; what was written against an outcome stays with its position.</summary>
    private async Task SyncOutcomesAsync(Guid reviewId, IReadOnlyList<string> outcomes, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var existing = (await connection.QueryAsync<OutcomeRow>(new CommandDefinition(OutcomesSql, new { ReviewId = reviewId }, session.Transaction, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.OutcomeIndex, row => row.Outcome);
        for (var index = 0; index < outcomes.Count; index++)
        {
            var parameters = new { ReviewId = reviewId, OutcomeIndex = index, Outcome = outcomes[index] };
            if (!existing.TryGetValue(index, out var text))
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertOutcomeSql, parameters, session.Transaction, cancellationToken: cancellationToken));
            }
            else if (text != outcomes[index])
            {
                await connection.ExecuteAsync(new CommandDefinition(RenameOutcomeSql, parameters, session.Transaction, cancellationToken: cancellationToken));
            }
        }
        if (existing.Keys.Any(index => index >= outcomes.Count))
        {
            await connection.ExecuteAsync(new CommandDefinition(DropOutcomesSql, new { ReviewId = reviewId, outcomes.Count }, session.Transaction, cancellationToken: cancellationToken));
        }
    }

    private async Task CancelAsync(ContractSummary contract, IReadOnlyList<ReviewRow> reviews, string reason, string cause, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var review in reviews)
        {
            if (await connection.ExecuteAsync(new CommandDefinition(CancelSql, new { review.Id, Reason = reason, Now = now }, session.Transaction, cancellationToken: cancellationToken)) > 0)
            {
                await AuditAsync(cause, review.Id, contract, new { ContractId = contract.Id, Status = ReviewStatuses.Cancelled, CancelledReason = reason }, cancellationToken);
            }
        }
    }

    private Task AuditAsync(string cause, Guid reviewId, ContractSummary contract, object changes, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(null, cause, ReviewRecord, reviewId, contract.LearnerId, AuditChanges.Of(changes)), cancellationToken);

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public string Status { get; init; } = "";
    }

    private sealed class OutcomeRow
    {
        public int OutcomeIndex { get; init; }
        public string Outcome { get; init; } = "";
    }
}

/// <summary>Every contract event comes down to the same thing here: bring the schedule in line with the contract.</summary>
internal sealed class ContractEventsHandler(ScheduleSync schedule) :
    INotificationHandler<ContractActivated>,
    INotificationHandler<ContractAmended>,
    INotificationHandler<ContractCompleted>,
    INotificationHandler<ContractWithdrawn>
{
    public async ValueTask Handle(ContractActivated notification, CancellationToken cancellationToken) =>
        await schedule.SyncAsync(notification.ContractId, nameof(ContractActivated), cancellationToken);

    public async ValueTask Handle(ContractAmended notification, CancellationToken cancellationToken) =>
        await schedule.SyncAsync(notification.ContractId, nameof(ContractAmended), cancellationToken);

    public async ValueTask Handle(ContractCompleted notification, CancellationToken cancellationToken) =>
        await schedule.SyncAsync(notification.ContractId, nameof(ContractCompleted), cancellationToken);

    public async ValueTask Handle(ContractWithdrawn notification, CancellationToken cancellationToken) =>
        await schedule.SyncAsync(notification.ContractId, nameof(ContractWithdrawn), cancellationToken);
}
