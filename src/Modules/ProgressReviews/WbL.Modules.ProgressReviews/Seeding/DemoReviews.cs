using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ProgressReviews.Seeding;

/// <summary>
/// Fills the demo contract's first fortnight: the first review held by Grace with an action still
/// open, a note from the mentor, and an idea of Daniel's waiting for an answer. The next review is
/// due today. Runs only while no review has been written.
/// </summary>
internal sealed class DemoReviews(IDbSession session, IOrganisationDirectory directory, IConfiguration configuration, TimeProvider clock, ILogger<DemoReviews> logger)
{
    private const string AnyWrittenSql = "SELECT COUNT(1) FROM pr_reviews WHERE status = 'Held' OR learner_part_by IS NOT NULL";

    private const string LearnerReviewsSql = "SELECT id, contract_id, scheduled_on FROM pr_reviews WHERE learner_id = @LearnerId AND status = 'Scheduled' ORDER BY scheduled_on, id";

    private const string HoldSql = """
        UPDATE pr_reviews
        SET status = 'Held', held_on = @HeldOn, time_given_hours = @TimeGivenHours, barriers = @Barriers, support_needed = @SupportNeeded,
            reflection = @Reflection, manager_notes = @ManagerNotes, overall_status = 'OnTrack', learner_part_by = @LearnerId, learner_part_at = @LearnerAt,
            manager_part_by = @ManagerId, manager_part_at = @ManagerAt, version = version + 2, updated_at = @ManagerAt
        WHERE id = @Id
        """;

    private const string RateSql = "UPDATE pr_review_outcomes SET rating = @Rating, evidence = @Evidence WHERE review_id = @ReviewId AND outcome_index = @OutcomeIndex";

    private const string ActionSql = """
        INSERT INTO pr_actions (id, contract_id, raised_in_review_id, description, owner_id, due_on, status, done_in_review_id, created_at, updated_at)
        VALUES (@Id, @ContractId, @ReviewId, @Description, @OwnerId, @DueOn, 'Open', NULL, @At, @At)
        """;

    private const string NoteSql = "INSERT INTO pr_mentoring_notes (id, review_id, author_id, note, created_at) VALUES (@Id, @ReviewId, @AuthorId, @Note, @At)";

    private const string IdeaSql = """
        INSERT INTO pr_ideas (id, contract_id, learner_id, title, description, status, response, responded_by, responded_at, raised_at, version, updated_at)
        VALUES (@Id, @ContractId, @LearnerId, @Title, @Description, 'Open', NULL, NULL, NULL, @At, 1, @At)
        """;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Wbl:SeedDemoData", false))
        {
            return;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var learner = await directory.FindPersonByEmailAsync("daniel.mensah@brightwater.example", cancellationToken);
        var manager = await directory.FindPersonByEmailAsync("grace.lindqvist@brightwater.example", cancellationToken);
        var mentor = await directory.FindPersonByEmailAsync("fiona.walsh@brightwater.example", cancellationToken);
        if (learner is null || manager is null || mentor is null
            || await connection.ExecuteScalarAsync<long>(new CommandDefinition(AnyWrittenSql, transaction: session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return;
        }
        var first = (await connection.QueryAsync<ReviewRow>(new CommandDefinition(LearnerReviewsSql, new { LearnerId = learner.Id }, session.Transaction, cancellationToken: cancellationToken)))
            .FirstOrDefault();
        if (first is null)
        {
            return;
        }
        var heldAt = new DateTimeOffset(first.ScheduledOn.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        await session.InTransactionAsync(async () =>
        {
            await connection.ExecuteAsync(new CommandDefinition(HoldSql, new
            {
                first.Id,
                HeldOn = first.ScheduledOn,
                TimeGivenHours = 3.5m,
                Barriers = "Two panels were moved at short notice, so I only chaired one.",
                SupportNeeded = "Sit in on one of Marcus's meetings to see how he keeps to time.",
                Reflection = "Sending the agenda out early made the panel easier to steer; I still let the repairs item overrun.",
                ManagerNotes = "Good first panel. Keep a visible clock and agree timings for each item at the start.",
                LearnerId = learner.Id,
                LearnerAt = heldAt.AddDays(-1),
                ManagerId = manager.Id,
                ManagerAt = heldAt,
            }, session.Transaction, cancellationToken: cancellationToken));
            string[] ratings = ["Progressing", "NotStarted"];
            for (var index = 0; index < ratings.Length; index++)
            {
                await connection.ExecuteAsync(new CommandDefinition(RateSql, new
                {
                    ReviewId = first.Id,
                    OutcomeIndex = index,
                    Rating = ratings[index],
                    Evidence = index == 0 ? "Chaired the October tenant panel; finished ten minutes late." : null,
                }, session.Transaction, cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition(ActionSql, new
            {
                Id = Guid.CreateVersion7(),
                first.ContractId,
                ReviewId = first.Id,
                Description = "Send the panel agenda with timings two days ahead",
                OwnerId = learner.Id,
                DueOn = first.ScheduledOn.AddDays(7),
                At = heldAt,
            }, session.Transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(NoteSql, new
            {
                Id = Guid.CreateVersion7(),
                ReviewId = first.Id,
                AuthorId = mentor.Id,
                Note = "We talked about parking items that overrun: note them and come back at the end.",
                At = heldAt.AddDays(2),
            }, session.Transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(IdeaSql, new
            {
                Id = Guid.CreateVersion7(),
                first.ContractId,
                LearnerId = learner.Id,
                Title = "Let tenants take turns to chair the panel",
                Description = "Tenants could chair with a housing officer as secretary; they would own the agenda and the meetings would feel less like ours.",
                At = clock.GetUtcNow().AddDays(-3),
            }, session.Transaction, cancellationToken: cancellationToken));
        }, cancellationToken);
        logger.LogInformation("Seeded the demo contract's first progress review and an idea");
    }

    private sealed class ReviewRow
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public DateOnly ScheduledOn { get; init; }
    }
}
