using Dapper;
using Mediator;
using WbL.Modules.Insights.Notifications;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Insights.Features.MarkNotificationRead;

internal sealed class MarkNotificationReadHandler(IDbSession session, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<MarkNotificationReadCommand, NotificationResponse>
{
    private const string MarkSql = "UPDATE ins_notifications SET read_at = @Now WHERE id = @Id AND recipient_id = @Me AND read_at IS NULL";

    private const string ByIdSql = NotificationReads.SelectColumns + " WHERE id = @Id AND recipient_id = @Me";

    public async ValueTask<NotificationResponse> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var parameters = new { command.Id, Me = currentUser.PersonId, Now = clock.GetUtcNow() };
        await connection.ExecuteAsync(new CommandDefinition(MarkSql, parameters, session.Transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleOrDefaultAsync<NotificationReads.Row>(new CommandDefinition(ByIdSql, parameters, session.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Notification", command.Id);
        return NotificationReads.ToResponse(row);
    }
}
