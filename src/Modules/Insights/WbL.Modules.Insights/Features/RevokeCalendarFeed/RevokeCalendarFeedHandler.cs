using Dapper;
using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Insights.Features.RevokeCalendarFeed;

internal sealed class RevokeCalendarFeedHandler(IDbSession session, ICurrentUser currentUser) : ICommandHandler<RevokeCalendarFeedCommand, CalendarFeedResponse>
{
    private const string Sql = "DELETE FROM ins_calendar_feeds WHERE person_id = @Me";

    public async ValueTask<CalendarFeedResponse> Handle(RevokeCalendarFeedCommand command, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Sql, new { Me = currentUser.PersonId }, session.Transaction, cancellationToken: cancellationToken));
        return new CalendarFeedResponse(false, null);
    }
}
