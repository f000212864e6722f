using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListPeople;

internal sealed class ListPeopleHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<ListPeopleQuery, Page<PersonResponse>>
{
    private const string PageSql = People.SelectColumns + """

        WHERE (@Pattern IS NULL OR LOWER(p.display_name) LIKE @Pattern ESCAPE '\' OR LOWER(p.email) LIKE @Pattern ESCAPE '\')
          AND (@OrgUnitId IS NULL OR p.org_unit_id = @OrgUnitId)
          AND (@ManagerId IS NULL OR p.manager_id = @ManagerId)
          AND (@AfterName IS NULL OR p.display_name > @AfterName OR (p.display_name = @AfterName AND p.id > @AfterId))
        ORDER BY p.display_name, p.id
        """;

    public async ValueTask<Page<PersonResponse>> Handle(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<People.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Pattern = LikePattern(query.Q),
            query.OrgUnitId,
            query.ManagerId,
            AfterName = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await People.WithRolesAsync(session, dialect, rows, cancellationToken);
        return Paging.ToPage(people, limit, person => new KeysetCursor(person.DisplayName, person.Id));
    }

    private static string? LikePattern(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return null;
        }
        var escaped = q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
