using Dapper;
using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Features.DownloadCalendar;

internal sealed class DownloadCalendarHandler(
    IDbSession session, IEnumerable<ICalendarSource> sources, IOrganisationDirectory directory, TimeProvider clock)
    : IQueryHandler<DownloadCalendarQuery, string>
{
    /// <summary>Recent past dates stay in the feed, so a calendar still shows the review held last month.</summary>
    private const int PastDays = 90;

    private const string Sql = "SELECT person_id FROM ins_calendar_feeds WHERE token_hash = @TokenHash";

    public async ValueTask<string> Handle(DownloadCalendarQuery query, CancellationToken cancellationToken)
    {
        if (!CalendarFeedTokens.LooksValid(query.Token))
        {
            throw new NotFoundException("Calendar feed");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var personId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            Sql, new { TokenHash = CalendarFeedTokens.Hash(query.Token) }, session.Transaction, cancellationToken: cancellationToken));
        // A person who has left keeps no feed, even if the link was never revoked.
        if (personId is not { } person || await directory.FindPersonAsync(person, cancellationToken) is not { Active: true })
        {
            throw new NotFoundException("Calendar feed");
        }
        var now = clock.GetUtcNow();
        var from = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-PastDays);
        var entries = new List<CalendarEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.EntriesForAsync(person, from, cancellationToken));
        }
        var site = new Uri(query.SiteUrl.TrimEnd('/') + "/");
        return IcsCalendar.Write(entries, link => new Uri(site, link.TrimStart('/')).ToString(), now);
    }
}
