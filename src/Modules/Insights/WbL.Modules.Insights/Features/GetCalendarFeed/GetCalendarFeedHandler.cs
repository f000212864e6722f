using Dapper;
using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Insights.Features.GetCalendarFeed;

internal sealed class GetCalendarFeedHandler(IDbSession session, ICurrentUser currentUser) : IQueryHandler<GetCalendarFeedQuery, CalendarFeedResponse>
{
    private const string Sql = "SELECT created_at FROM ins_calendar_feeds WHERE person_id = @Me";

    public async ValueTask<CalendarFeedResponse> Handle(GetCalendarFeedQuery query, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var createdAt = await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(Sql, new { Me = currentUser.PersonId }, session.Transaction, cancellationToken: cancellationToken));
        return new CalendarFeedResponse(createdAt is not null, createdAt);
    }
}
