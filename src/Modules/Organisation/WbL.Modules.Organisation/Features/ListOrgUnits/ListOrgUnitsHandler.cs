using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListOrgUnits;

internal sealed class ListOrgUnitsHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<ListOrgUnitsQuery, Page<OrgUnitResponse>>
{
    private const string PageSql = OrgUnits.SelectColumns + """

        WHERE (@AfterName IS NULL OR name > @AfterName OR (name = @AfterName AND id > @AfterId))
        ORDER BY name, id
        """;

    public async ValueTask<Page<OrgUnitResponse>> Handle(ListOrgUnitsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OrgUnits.Row>(new CommandDefinition(dialect.Limit(PageSql),
            new { AfterName = after?.SortKey, AfterId = after?.Id, Limit = limit + 1 },
            session.Transaction, cancellationToken: cancellationToken));
        return Paging.ToPage(rows.Select(row => row.ToResponse()).ToList(), limit, unit => new KeysetCursor(unit.Name, unit.Id));
    }
}
