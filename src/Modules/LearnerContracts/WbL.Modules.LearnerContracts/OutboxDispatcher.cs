using System.Text.Json;
using Dapper;
using Mediator;
using Microsoft.Extensions.Logging;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts;

/// <summary>
/// Hands committed contract events to the modules that react to them. Each event is claimed and
/// handled in one transaction, so its effects and its "processed" mark commit together; a handler
/// that fails leaves the event pending for the next round.
/// </summary>
internal sealed class OutboxDispatcher(IDbSession session, ISqlDialect dialect, IPublisher publisher, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 100;

    private const string PendingSql = """
        SELECT id, event_type, payload FROM lc_outbox
        WHERE processed_at IS NULL
        ORDER BY occurred_at, id
        """;

    private const string ClaimSql = "UPDATE lc_outbox SET processed_at = @Now WHERE id = @Id AND processed_at IS NULL";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Dispatches what is pending now; returns how many events were handled. Never throws for a failed event.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var pending = (await connection.QueryAsync<PendingRow>(new CommandDefinition(
            dialect.Limit(PendingSql), new { Limit = BatchSize }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var handled = 0;
        foreach (var row in pending)
        {
            try
            {
                await session.InTransactionAsync(async () =>
                {
                    // Another instance (or the background round) may have taken it since the list was read.
                    if (await connection.ExecuteAsync(new CommandDefinition(ClaimSql, new { row.Id, Now = clock.GetUtcNow() }, session.Transaction, cancellationToken: cancellationToken)) == 0)
                    {
                        return;
                    }
                    await publisher.Publish(ToNotification(row), cancellationToken);
                    handled++;
                }, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Handling contract event {EventId} ({EventType}) failed; it stays pending", row.Id, row.EventType);
            }
        }
        return handled;
    }

    private static IContractEvent ToNotification(PendingRow row)
    {
        var payload = JsonSerializer.Deserialize<ContractEvent>(row.Payload, Json) ?? throw new InvalidOperationException($"Outbox event {row.Id} has no payload.");
        var on = payload.On ?? throw new InvalidOperationException($"Outbox event {row.Id} has no date.");
        return row.EventType switch
        {
            Outbox.Activated => new ContractActivated(payload.ContractId, payload.LearnerId, payload.VersionNumber),
            Outbox.Amended => new ContractAmended(payload.ContractId, payload.LearnerId, payload.VersionNumber),
            Outbox.Completed => new ContractCompleted(payload.ContractId, payload.LearnerId, payload.VersionNumber, on),
            Outbox.Withdrawn => new ContractWithdrawn(payload.ContractId, payload.LearnerId, on),
            _ => throw new InvalidOperationException($"Outbox event {row.Id} has an unknown type {row.EventType}."),
        };
    }

    private sealed class PendingRow
    {
        public Guid Id { get; init; }
        public string EventType { get; init; } = "";
        public string Payload { get; init; } = "";
    }
}
