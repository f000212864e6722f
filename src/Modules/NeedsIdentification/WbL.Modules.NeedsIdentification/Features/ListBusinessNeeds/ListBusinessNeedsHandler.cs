using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Access;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListBusinessNeeds;

internal sealed class ListBusinessNeedsHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, BusinessNeedScopes scopes)
    : IQueryHandler<ListBusinessNeedsQuery, Page<BusinessNeedResponse>>
{
    private const string AllUnitsSql = BusinessNeeds.SelectColumns + """

        WHERE (@OrgUnitId IS NULL OR b.org_unit_id = @OrgUnitId)
          AND (@Status IS NULL OR b.status = @Status)
          AND (@AfterTitle IS NULL OR b.title > @AfterTitle OR (b.title = @AfterTitle AND b.id > @AfterId))
        ORDER BY b.title, b.id
        """;

    private const string ScopedUnitsSql = BusinessNeeds.SelectColumns + """

        WHERE b.org_unit_id IN @Units
          AND (@OrgUnitId IS NULL OR b.org_unit_id = @OrgUnitId)
          AND (@Status IS NULL OR b.status = @Status)
          AND (@AfterTitle IS NULL OR b.title > @AfterTitle OR (b.title = @AfterTitle AND b.id > @AfterId))
        ORDER BY b.title, b.id
        """;

    public async ValueTask<Page<BusinessNeedResponse>> Handle(ListBusinessNeedsQuery query, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForCallerAsync(cancellationToken);
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        if (!scope.ReadsAll && scope.Readable.Count == 0)
        {
            return new Page<BusinessNeedResponse>([], null);
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var sql = scope.ReadsAll ? AllUnitsSql : ScopedUnitsSql;
        var rows = (await connection.QueryAsync<BusinessNeeds.Row>(new CommandDefinition(dialect.Limit(sql), new
        {
            Units = dialect.IdList(scope.Readable),
            query.OrgUnitId,
            query.Status,
            AfterTitle = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var needs = await BusinessNeeds.ToResponsesAsync(rows, directory, scope.CanWrite, cancellationToken);
        return Paging.ToPage(needs, limit, need => new KeysetCursor(need.Title, need.Id));
    }
}
