using System.Globalization;
using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

internal sealed class DiscussionListing(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
{
    private const string PageSql = Discussions.SelectColumns + """

        WHERE learner_id IN @Learners
          AND (@AfterHeldOn IS NULL OR held_on < @AfterHeldOn OR (held_on = @AfterHeldOn AND id < @AfterId))
        ORDER BY held_on DESC, id DESC
        """;

    public async Task<Page<DiscussionResponse>> ListAsync(IReadOnlyCollection<Guid> learners, bool showPrivate, int? limit, string? after, CancellationToken cancellationToken)
    {
        var pageSize = limit ?? Paging.DefaultLimit;
        var cursor = KeysetCursor.From(after);
        DateOnly? afterHeldOn = cursor is { } position && DateOnly.TryParseExact(position.SortKey, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Discussions.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Learners = dialect.IdList(learners),
            AfterHeldOn = afterHeldOn,
            AfterId = afterHeldOn is null ? null : cursor?.Id,
            Limit = pageSize + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var discussions = await Discussions.ToResponsesAsync(session, dialect, directory, rows, showPrivate, cancellationToken);
        return Paging.ToPage(discussions, pageSize, discussion =>
            new KeysetCursor(discussion.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), discussion.Id));
    }
}

internal sealed class ListDiscussionsHandler(DiscussionListing listing, IOrganisationDirectory directory, ICurrentUser currentUser)
    : IQueryHandler<ListDiscussionsQuery, Page<DiscussionResponse>>
{
    public async ValueTask<Page<DiscussionResponse>> Handle(ListDiscussionsQuery query, CancellationToken cancellationToken)
    {
        var me = currentUser.PersonId;
        var learners = (await directory.DirectReportsAsync(me, cancellationToken)).Select(person => person.Id).Append(me).ToList();
        return await listing.ListAsync(learners, showPrivate: true, query.Limit, query.After, cancellationToken);
    }
}
