using Dapper;
using Mediator;
using WbL.Modules.Insights.Notifications;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Features.ListMyNotifications;

internal sealed class ListMyNotificationsHandler(IDbSession session, ISqlDialect dialect, ICurrentUser currentUser)
    : IQueryHandler<ListMyNotificationsQuery, NotificationPageResponse>
{
    private const string PageSql = NotificationReads.SelectColumns + """

        WHERE recipient_id = @Me
          AND (@AfterAt IS NULL OR created_at < @AfterAt OR (created_at = @AfterAt AND id < @AfterId))
        ORDER BY created_at DESC, id DESC
        """;

    private const string UnreadSql = "SELECT COUNT(*) FROM ins_notifications WHERE recipient_id = @Me AND read_at IS NULL";

    public async ValueTask<NotificationPageResponse> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        NotificationCursor.TryRead(query.After, out var after);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<NotificationReads.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Me = currentUser.PersonId,
            AfterAt = after?.CreatedAt,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var unread = await connection.ExecuteScalarAsync<int>(new CommandDefinition(UnreadSql, new { Me = currentUser.PersonId }, session.Transaction, cancellationToken: cancellationToken));
        var page = Paging.ToPage(rows.Select(NotificationReads.ToResponse).ToList(), limit, NotificationCursor.Of);
        return new NotificationPageResponse(page.Items, page.Next, unread);
    }
}
