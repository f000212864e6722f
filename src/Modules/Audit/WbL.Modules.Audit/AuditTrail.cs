using Dapper;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Audit;

/// <summary>Appends entries to <c>aud_entries</c> in the caller's transaction; the table refuses updates and deletes.</summary>
internal sealed class AuditTrail(IDbSession session, TimeProvider clock) : IAuditTrail
{
    private const string InsertSql = """
        INSERT INTO aud_entries (id, occurred_at, actor_person_id, action, record_type, record_id, subject_person_id, changes, confidential, correlation_id)
        VALUES (@Id, @OccurredAt, @ActorPersonId, @Action, @RecordType, @RecordId, @SubjectPersonId, @Changes, @Confidential, @CorrelationId)
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (session.Transaction is null)
        {
            throw new InvalidOperationException("An audit entry is written only in the transaction of the change it describes.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            entry.ActorPersonId,
            entry.Action,
            entry.RecordType,
            entry.RecordId,
            entry.SubjectPersonId,
            entry.Changes,
            entry.Confidential,
            CorrelationId = Correlation.CurrentId,
        }, session.Transaction, cancellationToken: cancellationToken));
    }
}
