using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammes;

internal sealed class ListProgrammesHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
    : IQueryHandler<ListProgrammesQuery, Page<ProgrammeResponse>>
{
    private const string PageSql = Programmes.SelectColumns + """

        WHERE (@Status IS NULL OR g.status = @Status)
          AND (@AfterTitle IS NULL OR g.title > @AfterTitle OR (g.title = @AfterTitle AND g.id > @AfterId))
        ORDER BY g.title, g.id
        """;

    public async ValueTask<Page<ProgrammeResponse>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Programmes.Row>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            query.Status,
            AfterTitle = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var programmes = await Programmes.ToResponsesAsync(session, dialect, directory, rows, cancellationToken);
        return Paging.ToPage(programmes, limit, programme => new KeysetCursor(programme.Title, programme.Id));
    }
}
