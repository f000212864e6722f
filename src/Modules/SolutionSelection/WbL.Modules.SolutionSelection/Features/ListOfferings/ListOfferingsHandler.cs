using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListOfferings;

internal sealed class ListOfferingsHandler(IDbSession session, ISqlDialect dialect) : IQueryHandler<ListOfferingsQuery, Page<OfferingResponse>>
{
    // By default only what can be chosen today: active offerings of active providers.
    private const string PageSql = Offerings.SelectColumns + """

        WHERE (@ProviderId IS NULL OR o.provider_id = @ProviderId)
          AND (@SolutionType IS NULL OR LOWER(o.solution_type) = LOWER(@SolutionType))
          AND (@Pattern IS NULL OR LOWER(o.title) LIKE @Pattern ESCAPE '\' OR LOWER(o.qualification) LIKE @Pattern ESCAPE '\'
               OR LOWER(p.name) LIKE @Pattern ESCAPE '\')
          AND (@IncludeInactive = 1 OR (o.active = 1 AND p.active = 1))
          AND (@AfterTitle IS NULL OR o.title > @AfterTitle OR (o.title = @AfterTitle AND o.id > @AfterId))
        ORDER BY o.title, o.id
        """;

    public async ValueTask<Page<OfferingResponse>> Handle(ListOfferingsQuery query, CancellationToken cancellationToken)
    {
        if (query.ProviderId is { } providerId && await Providers.FindAsync(session, providerId, cancellationToken) is null)
        {
            throw new NotFoundException("Provider", providerId);
        }

        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Offerings.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            query.ProviderId,
            SolutionType = string.IsNullOrWhiteSpace(query.SolutionType) ? null : query.SolutionType.Trim(),
            Pattern = TextFields.LikePattern(query.Q),
            query.IncludeInactive,
            AfterTitle = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var offerings = rows.Select(row => row.ToResponse()).ToList();
        return Paging.ToPage(offerings, limit, offering => new KeysetCursor(offering.Title, offering.Id));
    }
}
