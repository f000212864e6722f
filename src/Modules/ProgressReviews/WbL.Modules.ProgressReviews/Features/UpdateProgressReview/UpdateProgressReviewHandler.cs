using System.Globalization;
using System.Text.Json;
using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.UpdateProgressReview;

internal sealed class UpdateProgressReviewHandler(
    IDbSession session, ReviewReads reads, ILearnerContracts contracts, RequestAccess access, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateProgressReviewCommand, ProgressReviewResponse>
{
    private const string LearnerPartSql = """
        UPDATE pr_reviews
        SET reflection = @Reflection, barriers = @Barriers, support_needed = @SupportNeeded, learner_part_by = @By, learner_part_at = @Now,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version AND status = 'Scheduled'
        """;

    private const string EvidenceSql = "UPDATE pr_review_outcomes SET evidence = @Evidence, links = @Links WHERE review_id = @ReviewId AND outcome_index = @OutcomeIndex";

    private const string ManagerPartSql = """
        UPDATE pr_reviews
        SET time_given_hours = @TimeGivenHours, manager_notes = @ManagerNotes, overall_status = @OverallStatus, held_on = @HeldOn,
            status = @Status, manager_part_by = @By, manager_part_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version AND status = 'Scheduled'
        """;

    private const string RatingSql = "UPDATE pr_review_outcomes SET rating = @Rating WHERE review_id = @ReviewId AND outcome_index = @OutcomeIndex";

    private const string InsertActionSql = """
        INSERT INTO pr_actions (id, contract_id, raised_in_review_id, description, owner_id, due_on, status, done_in_review_id, created_at, updated_at)
        VALUES (@Id, @ContractId, @ReviewId, @Description, @OwnerId, @DueOn, @Status, @DoneInReviewId, @Now, @Now)
        """;

    private const string UpdateActionSql = """
        UPDATE pr_actions
        SET description = @Description, owner_id = @OwnerId, due_on = @DueOn, status = @Status, done_in_review_id = @DoneInReviewId, updated_at = @Now
        WHERE id = @Id
        """;

    private const string DeleteActionSql = "DELETE FROM pr_actions WHERE id = @Id AND raised_in_review_id = @ReviewId";

    private const string UnratedSql = "SELECT COUNT(1) FROM pr_review_outcomes WHERE review_id = @ReviewId AND rating IS NULL";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<ProgressReviewResponse> Handle(UpdateProgressReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reads.FindRowAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Progress review", command.Id);
        if (command.Learner is not null && !access.IsOwner)
        {
            throw new ForbiddenException("Only the learner writes their part of the review.");
        }
        if (command.Manager is not null && !access.IsManager)
        {
            throw new ForbiddenException("Only the learner's line manager writes the manager's part and records the review.");
        }
        if (review.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Progress review");
        }
        if (review.Status == ReviewStatuses.Held)
        {
            throw new StateConflictException($"This review was recorded as held on {review.HeldOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}; it can no longer be changed.");
        }
        if (review.Status == ReviewStatuses.Cancelled)
        {
            throw new StateConflictException($"This review was cancelled: {review.CancelledReason}");
        }

        var outcomeCount = (await reads.OutcomesAsync(review.Id, cancellationToken)).Count;
        if (command.Learner is { } learner)
        {
            await WriteLearnerPartAsync(review, learner, outcomeCount, cancellationToken);
        }
        if (command.Manager is { } manager)
        {
            await WriteManagerPartAsync(review, manager, outcomeCount, cancellationToken);
        }
        return await reads.FindAsync(review.Id, cancellationToken) ?? throw new NotFoundException("Progress review", review.Id);
    }

    private async Task WriteLearnerPartAsync(ReviewReads.ReviewRow review, LearnerPartInput learner, int outcomeCount, CancellationToken cancellationToken)
    {
        var outcomes = learner.Outcomes ?? [];
        CheckOutcomeIndexes(outcomes.Select(outcome => outcome.Index), outcomeCount, "learner.outcomes");
        var connection = await session.ConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await UpdateReviewAsync(LearnerPartSql, new
        {
            review.Id,
            Reflection = Clean(learner.Reflection),
            Barriers = Clean(learner.Barriers),
            SupportNeeded = Clean(learner.SupportNeeded),
            By = currentUser.PersonId,
            Now = now,
            review.Version,
        }, cancellationToken);
        foreach (var outcome in outcomes)
        {
            await connection.ExecuteAsync(new CommandDefinition(EvidenceSql, new
            {
                ReviewId = review.Id,
                OutcomeIndex = outcome.Index,
                Evidence = Clean(outcome.Evidence),
                Links = JsonSerializer.Serialize((outcome.Links ?? []).Select(link => link.Trim()).ToList(), Json),
            }, session.Transaction, cancellationToken: cancellationToken));
        }
    }

    private async Task WriteManagerPartAsync(ReviewReads.ReviewRow review, ManagerPartInput manager, int outcomeCount, CancellationToken cancellationToken)
    {
        var ratings = manager.Outcomes ?? [];
        CheckOutcomeIndexes(ratings.Select(outcome => outcome.Index), outcomeCount, "manager.outcomes");
        var contract = await contracts.FindAsync(review.ContractId, cancellationToken) ?? throw new NotFoundException("Contract", review.ContractId);
        var today = reads.Today;
        if (manager.HeldOn is { } heldOn)
        {
            if (heldOn > today)
            {
                throw Validation.Fail("manager.heldOn", "A review cannot be recorded as held on a date still to come.");
            }
            if (contract.InForce is { } terms && heldOn < terms.StartDate)
            {
                throw Validation.Fail("manager.heldOn", $"The learning started on {terms.StartDate:yyyy-MM-dd}; a review cannot be held before it.");
            }
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await UpdateReviewAsync(ManagerPartSql, new
        {
            review.Id,
            manager.TimeGivenHours,
            ManagerNotes = Clean(manager.ManagerNotes),
            manager.OverallStatus,
            HeldOn = manager.Record ? manager.HeldOn : null,
            Status = manager.Record ? ReviewStatuses.Held : ReviewStatuses.Scheduled,
            By = currentUser.PersonId,
            Now = now,
            review.Version,
        }, cancellationToken);
        foreach (var rating in ratings)
        {
            await connection.ExecuteAsync(new CommandDefinition(RatingSql, new { ReviewId = review.Id, OutcomeIndex = rating.Index, rating.Rating },
                session.Transaction, cancellationToken: cancellationToken));
        }
        await WriteActionsAsync(review, contract, manager.Actions ?? [], now, cancellationToken);

        if (manager.Record && await connection.ExecuteScalarAsync<int>(new CommandDefinition(UnratedSql, new { ReviewId = review.Id }, session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw Validation.Fail("manager.outcomes", "Rate every learning outcome before recording the review.");
        }
    }

    /// <summary>
    /// The actions of this review are the ones sent: carried-over actions keep their id (and may be
    /// marked done here), this review's own actions not sent are removed, new ones have no id.
    /// </summary>
    private async Task WriteActionsAsync(ReviewReads.ReviewRow review, ContractSummary contract, IReadOnlyList<ActionInput> actions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owners = new HashSet<Guid> { contract.LearnerId, contract.ManagerId, currentUser.PersonId };
        if (contract.InForce?.MentorId is { } mentor)
        {
            owners.Add(mentor);
        }
        if (actions.Any(action => action.OwnerId is { } owner && !owners.Contains(owner)))
        {
            throw Validation.Fail("manager.actions", "An action is owned by the learner, their manager or the mentor.");
        }

        var existing = await reads.ActionsAsync(review.ContractId, cancellationToken);
        var sequences = ReviewReads.Sequences(await reads.ContractRowsAsync(review.ContractId, cancellationToken));
        var editable = ReviewReads.CarriedOver(existing, review.Id, sequences)
            .Concat(existing.Where(action => action.RaisedInReviewId == review.Id))
            .ToDictionary(action => action.Id);
        var sentIds = actions.Where(action => action.Id is not null).Select(action => action.Id!.Value).ToList();
        if (sentIds.Any(id => !editable.ContainsKey(id)) || sentIds.Distinct().Count() != sentIds.Count)
        {
            throw Validation.Fail("manager.actions", "An action sent with an id must be one carried over to this review or agreed at it, given once.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        foreach (var own in existing.Where(action => action.RaisedInReviewId == review.Id && !sentIds.Contains(action.Id)))
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteActionSql, new { own.Id, ReviewId = review.Id }, session.Transaction, cancellationToken: cancellationToken));
        }
        foreach (var action in actions)
        {
            var parameters = new
            {
                Id = action.Id ?? Guid.CreateVersion7(),
                review.ContractId,
                ReviewId = review.Id,
                Description = action.Description!.Trim(),
                action.OwnerId,
                action.DueOn,
                Status = action.Done ? "Done" : "Open",
                DoneInReviewId = action.Done ? review.Id : (Guid?)null,
                Now = now,
            };
            await connection.ExecuteAsync(new CommandDefinition(action.Id is null ? InsertActionSql : UpdateActionSql, parameters,
                session.Transaction, cancellationToken: cancellationToken));
        }
    }

    private async Task UpdateReviewAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(sql, parameters, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Progress review");
        }
    }

    private static void CheckOutcomeIndexes(IEnumerable<int> indexes, int outcomeCount, string field)
    {
        if (indexes.FirstOrDefault(index => index >= outcomeCount, -1) is var missing and >= 0)
        {
            throw Validation.Fail(field, $"This review has {outcomeCount} learning outcomes; there is no outcome at position {missing}.");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
