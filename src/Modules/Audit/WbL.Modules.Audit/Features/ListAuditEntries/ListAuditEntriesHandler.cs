using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Audit.Features.ListAuditEntries;

internal sealed class ListAuditEntriesHandler(IDbSession session, ISqlDialect dialect, AuditEntryReads reads, ICurrentUser currentUser)
    : IQueryHandler<ListAuditEntriesQuery, Page<AuditEntryResponse>>
{
    private const string PageSql = AuditEntryReads.SelectColumns + """

        WHERE (@SeesAll = 1 OR subject_person_id = @Me)
          AND (@RecordId IS NULL OR record_id = @RecordId)
          AND (@RecordType IS NULL OR record_type = @RecordType)
          AND (@PersonId IS NULL OR subject_person_id = @PersonId)
          AND (@ActorId IS NULL OR actor_person_id = @ActorId)
          AND (@Since IS NULL OR occurred_at >= @Since)
          AND (@Until IS NULL OR occurred_at < @Until)
          AND (@AfterAt IS NULL OR occurred_at < @AfterAt OR (occurred_at = @AfterAt AND id < @AfterId))
        ORDER BY occurred_at DESC, id DESC
        """;

    public async ValueTask<Page<AuditEntryResponse>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        AuditEntryCursor.TryRead(query.After, out var after);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditEntryReads.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            SeesAll = reads.SeesAll,
            Me = currentUser.PersonId,
            query.RecordId,
            query.RecordType,
            query.PersonId,
            query.ActorId,
            Since = query.From,
            Until = query.To,
            AfterAt = after?.OccurredAt,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var entries = await reads.ToResponsesAsync(rows, cancellationToken);
        return Paging.ToPage(entries, limit, AuditEntryCursor.Of);
    }
}
