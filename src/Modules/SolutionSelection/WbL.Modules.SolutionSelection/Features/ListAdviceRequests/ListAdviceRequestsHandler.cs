using System.Globalization;
using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListAdviceRequests;

internal sealed class ListAdviceRequestsHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ICurrentUser currentUser)
    : IQueryHandler<ListAdviceRequestsQuery, Page<AdviceRequestResponse>>
{
    private const string PageSql = AdviceRequests.SelectColumns + """

        WHERE (@Everyone = 1 OR requested_by = @Me)
          AND (@Status IS NULL OR status = @Status)
          AND (@NeedId IS NULL OR need_id = @NeedId)
          AND (@AfterCreatedAt IS NULL OR created_at > @AfterCreatedAt OR (created_at = @AfterCreatedAt AND id > @AfterId))
        ORDER BY created_at, id
        """;

    private const string CursorFormat = "O";

    public async ValueTask<Page<AdviceRequestResponse>> Handle(ListAdviceRequestsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        DateTimeOffset? afterCreatedAt = after is { } cursor
            && DateTimeOffset.TryParseExact(cursor.SortKey, CursorFormat, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AdviceRequests.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Everyone = currentUser.IsInRole(Roles.HR),
            Me = currentUser.PersonId,
            query.Status,
            query.NeedId,
            AfterCreatedAt = afterCreatedAt,
            AfterId = afterCreatedAt is null ? null : after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var requests = await AdviceRequests.ToResponsesAsync(session, dialect, directory, needs, rows, cancellationToken);
        return Paging.ToPage(requests, limit, request => new KeysetCursor(request.CreatedAt.ToString(CursorFormat, CultureInfo.InvariantCulture), request.Id));
    }
}
