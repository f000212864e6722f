using Dapper;
using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Insights.Features.CreateCalendarFeed;

internal sealed class CreateCalendarFeedHandler(IDbSession session, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateCalendarFeedCommand, CalendarFeedLinkResponse>
{
    private const string RemoveSql = "DELETE FROM ins_calendar_feeds WHERE person_id = @Me";

    private const string InsertSql = "INSERT INTO ins_calendar_feeds (person_id, token_hash, created_at) VALUES (@Me, @TokenHash, @Now)";

    public async ValueTask<CalendarFeedLinkResponse> Handle(CreateCalendarFeedCommand command, CancellationToken cancellationToken)
    {
        var token = CalendarFeedTokens.New();
        var now = clock.GetUtcNow();
        var parameters = new { Me = currentUser.PersonId, TokenHash = CalendarFeedTokens.Hash(token), Now = now };
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RemoveSql, parameters, session.Transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, parameters, session.Transaction, cancellationToken: cancellationToken));
        return new CalendarFeedLinkResponse(command.SiteUrl.TrimEnd('/') + CalendarFeedTokens.FeedPath(token), now);
    }
}
