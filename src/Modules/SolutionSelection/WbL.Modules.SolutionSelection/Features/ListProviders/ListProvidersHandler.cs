using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProviders;

internal sealed class ListProvidersHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<ListProvidersQuery, Page<ProviderResponse>>
{
    private const string PageSql = Providers.SelectColumns + """

        WHERE (@Pattern IS NULL OR LOWER(p.name) LIKE @Pattern ESCAPE '\')
          AND (@Kind IS NULL OR p.kind = @Kind)
          AND (@Preferred IS NULL OR p.preferred = @Preferred)
          AND (@Active IS NULL OR p.active = @Active)
          AND (@AfterName IS NULL OR p.name > @AfterName OR (p.name = @AfterName AND p.id > @AfterId))
        ORDER BY p.name, p.id
        """;

    public async ValueTask<Page<ProviderResponse>> Handle(ListProvidersQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Providers.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            Pattern = TextFields.LikePattern(query.Q),
            query.Kind,
            query.Preferred,
            query.Active,
            AfterName = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var providers = rows.Select(row => row.ToResponse()).ToList();
        return Paging.ToPage(providers, limit, provider => new KeysetCursor(provider.Name, provider.Id));
    }
}
