using System.Text.Json;
using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts;

/// <summary>What happened to a contract, for the modules that react to it (progress reviews, impact reviews).</summary>
public sealed record ContractEvent(Guid ContractId, Guid NeedId, Guid LearnerId, int VersionNumber, DateOnly? On);

/// <summary>
/// Events are written in the same transaction as the change they report, so a crash can lose
/// neither; a dispatcher hands them on afterwards.
/// </summary>
internal sealed class Outbox(IDbSession session, OutboxDispatcher dispatcher, TimeProvider clock)
{
    public const string Activated = "ContractActivated";
    public const string Amended = "ContractAmended";
    public const string Completed = "ContractCompleted";
    public const string Withdrawn = "ContractWithdrawn";

    private const string InsertSql = """
        INSERT INTO lc_outbox (id, event_type, payload, occurred_at, processed_at)
        VALUES (@Id, @EventType, @Payload, @Now, NULL)
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private bool _dispatchScheduled;

    public async Task AddAsync(string eventType, ContractEvent payload, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = Guid.CreateVersion7(),
            EventType = eventType,
            Payload = JsonSerializer.Serialize(payload, Json),
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (!_dispatchScheduled)
        {
            // Handing the event on straight after the commit lets the caller's next read see its effects
            // (a started contract's review schedule); the background round is the safety net.
            session.AfterCommit(dispatcher.DispatchPendingAsync);
            _dispatchScheduled = true;
        }
    }
}
