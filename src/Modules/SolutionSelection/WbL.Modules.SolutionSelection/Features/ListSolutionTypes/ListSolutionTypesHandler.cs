using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListSolutionTypes;

internal sealed class ListSolutionTypesHandler(IDbSession session, ICurrentUser currentUser)
    : IQueryHandler<ListSolutionTypesQuery, Page<SolutionTypeResponse>>
{
    private const string ListSql = SolutionTypes.SelectColumns + """

        WHERE (@IncludeInactive = 1 OR active = 1)
        ORDER BY position, code
        """;

    public async ValueTask<Page<SolutionTypeResponse>> Handle(ListSolutionTypesQuery query, CancellationToken cancellationToken)
    {
        if (query.IncludeInactive && !currentUser.IsInRole(Roles.HR) && !currentUser.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException("Retired solution types are listed for HR only.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SolutionTypes.Row>(new CommandDefinition(
            ListSql, new { query.IncludeInactive }, session.Transaction, cancellationToken: cancellationToken));
        // A short list kept in order by HR: always one page.
        return new Page<SolutionTypeResponse>(rows.Select(row => row.ToResponse()).ToList(), null);
    }
}
