using System.Globalization;
using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ProgressReviews.Features.ListContractIdeas;

internal sealed class ListContractIdeasHandler(IDbSession session, ISqlDialect dialect, IdeaReads reads)
    : IQueryHandler<ListContractIdeasQuery, Page<IdeaResponse>>
{
    private const string PageSql = IdeaReads.SelectColumns + """

        WHERE contract_id = @ContractId
          AND (@AfterRaisedAt IS NULL OR raised_at < @AfterRaisedAt OR (raised_at = @AfterRaisedAt AND id < @AfterId))
        ORDER BY raised_at DESC, id DESC
        """;

    private const string CursorFormat = "O";

    public async ValueTask<Page<IdeaResponse>> Handle(ListContractIdeasQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        DateTimeOffset? afterRaisedAt = after is { } cursor
            && DateTimeOffset.TryParseExact(cursor.SortKey, CursorFormat, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<IdeaReads.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            query.ContractId,
            AfterRaisedAt = afterRaisedAt,
            AfterId = afterRaisedAt is null ? null : after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var ideas = await reads.ToResponsesAsync(rows, cancellationToken);
        return Paging.ToPage(ideas, limit, idea => new KeysetCursor(idea.RaisedAt.ToString(CursorFormat, CultureInfo.InvariantCulture), idea.Id));
    }
}
