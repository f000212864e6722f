using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Reminders;

/// <summary>What one round did; <see cref="Ran"/> is false when another instance held the lease.</summary>
internal sealed record ReminderRoundResult(bool Ran, int Created, int Emailed, int EmailFailed);

/// <summary>
/// One reminder round: under the lease, asks every <see cref="IReminderSource"/> what is due or overdue today, creates the
/// in-app notifications not yet made (once per recipient, item and state), then e-mails those not yet sent when SMTP is
/// configured. The unique key on the notification decides if two rounds ever overlap; the e-mail is claimed before it is sent.
/// </summary>
internal sealed class ReminderRound(
    IDbSession session,
    DatabaseLease lease,
    IEnumerable<IReminderSource> sources,
    IOrganisationDirectory directory,
    ReminderMailer mailer,
    ReminderSettings settings,
    TimeProvider clock,
    ILogger<ReminderRound> logger)
{
    private const string CreateSql = """
        INSERT INTO ins_notifications (id, recipient_id, item_key, state, title, link, due_on, created_at, read_at, email_sent_at, email_attempts, email_last_error)
        SELECT @Id, @RecipientId, @ItemKey, @State, @Title, @Link, @DueOn, @Now, NULL, NULL, 0, NULL
        WHERE NOT EXISTS (SELECT 1 FROM ins_notifications WHERE recipient_id = @RecipientId AND item_key = @ItemKey AND state = @State)
        """;

    private const string UnsentSql = """
        SELECT id, recipient_id, title, link, email_attempts
        FROM ins_notifications
        WHERE email_sent_at IS NULL AND email_attempts < @MostAttempts
        ORDER BY created_at, id
        """;

    // Claiming by the attempt count the round read means one sender per attempt, even if a lapsed lease let two rounds overlap.
    private const string ClaimSql = "UPDATE ins_notifications SET email_attempts = email_attempts + 1 WHERE id = @Id AND email_attempts = @Attempts AND email_sent_at IS NULL";

    private const string SentSql = "UPDATE ins_notifications SET email_sent_at = @Now, email_last_error = NULL WHERE id = @Id";

    private const string FailedSql = "UPDATE ins_notifications SET email_last_error = @Error WHERE id = @Id";

    /// <summary>Runs a round as <paramref name="holder"/>; a second instance (another holder) skips while the lease is held.</summary>
    public async Task<ReminderRoundResult> RunAsync(string holder, CancellationToken cancellationToken)
    {
        if (!await lease.TryAcquireAsync(ReminderSettings.LeaseName, holder, settings.LeaseDuration, cancellationToken))
        {
            return new ReminderRoundResult(false, 0, 0, 0);
        }
        try
        {
            var created = await CreateNotificationsAsync(cancellationToken);
            var (emailed, failed) = mailer.Configured && await lease.RenewAsync(ReminderSettings.LeaseName, holder, settings.LeaseDuration, cancellationToken)
                ? await EmailUnsentAsync(cancellationToken)
                : (0, 0);
            return new ReminderRoundResult(true, created, emailed, failed);
        }
        finally
        {
            await lease.ReleaseAsync(ReminderSettings.LeaseName, holder, CancellationToken.None);
        }
    }

    private async Task<int> CreateNotificationsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var items = new List<ReminderItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.DueOrOverdueAsync(today, cancellationToken));
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var created = 0;
        foreach (var item in ReminderPlan.Distinct(items))
        {
            try
            {
                created += await connection.ExecuteAsync(new CommandDefinition(CreateSql, new
                {
                    Id = Guid.NewGuid(),
                    item.RecipientId,
                    ItemKey = ReminderPlan.Fit(item.ItemKey, 200),
                    State = item.State.ToString(),
                    Title = ReminderPlan.Fit(item.Title, 400),
                    Link = ReminderPlan.Fit(item.Link, 400),
                    item.DueOn,
                    Now = now,
                }, cancellationToken: cancellationToken));
            }
            catch (DbException exception)
            {
                // The unique key refused a notification another round created a moment ago: it exists, which is all we want.
                logger.LogDebug(exception, "Reminder {ItemKey} for {RecipientId} was created by another round", item.ItemKey, item.RecipientId);
            }
        }
        return created;
    }

    private async Task<(int Emailed, int Failed)> EmailUnsentAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var unsent = (await connection.QueryAsync<UnsentRow>(new CommandDefinition(UnsentSql, new { MostAttempts = ReminderPlan.MostEmailAttempts },
            cancellationToken: cancellationToken))).AsList();
        if (unsent.Count == 0)
        {
            return (0, 0);
        }
        var people = await directory.FindPeopleAsync(unsent.Select(row => row.RecipientId).Distinct().ToList(), cancellationToken);
        var claimed = new List<ReminderEmail>();
        foreach (var row in unsent)
        {
            if (people.GetValueOrDefault(row.RecipientId) is not { Active: true, Email.Length: > 0 } person
                || await connection.ExecuteAsync(new CommandDefinition(ClaimSql, new { row.Id, Attempts = row.EmailAttempts }, cancellationToken: cancellationToken)) == 0)
            {
                continue;
            }
            claimed.Add(new ReminderEmail(row.Id, person.DisplayName, person.Email, row.Title, settings.Absolute(row.Link)));
        }
        var (emailed, failed) = (0, 0);
        await mailer.SendAsync(claimed, async (email, failure) =>
        {
            var id = email.NotificationId;
            if (failure is null)
            {
                emailed++;
                await connection.ExecuteAsync(new CommandDefinition(SentSql, new { Id = id, Now = clock.GetUtcNow() }, cancellationToken: CancellationToken.None));
                return;
            }
            failed++;
            logger.LogWarning(failure, "E-mailing reminder {NotificationId} failed; it is tried again next round", id);
            await connection.ExecuteAsync(new CommandDefinition(FailedSql, new { Id = id, Error = ReminderPlan.Fit(failure.Message, 1000) }, cancellationToken: CancellationToken.None));
        }, cancellationToken);
        return (emailed, failed);
    }

    private sealed class UnsentRow
    {
        public Guid Id { get; init; }
        public Guid RecipientId { get; init; }
        public string Title { get; init; } = "";
        public string Link { get; init; } = "";
        public int EmailAttempts { get; init; }
    }
}
