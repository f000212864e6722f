using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.GetTeam;

internal sealed class GetTeamHandler(IDbSession session) : IQueryHandler<GetTeamQuery, Page<TeamMemberResponse>>
{
    private const string ReportsSql = """
        SELECT id, display_name, email, job_title, org_unit_id
        FROM org_people
        WHERE manager_id = @PersonId AND active = 1
        ORDER BY display_name, id
        """;

    public async ValueTask<Page<TeamMemberResponse>> Handle(GetTeamQuery query, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(ReportsSql, new { query.PersonId }, session.Transaction, cancellationToken: cancellationToken));
        // A manager's direct reports are few; the whole team is one page.
        return new Page<TeamMemberResponse>(rows.Select(row => new TeamMemberResponse(row.Id, row.DisplayName, row.Email, row.JobTitle, row.OrgUnitId)).ToList(), null);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string Email { get; init; } = "";
        public string JobTitle { get; init; } = "";
        public Guid OrgUnitId { get; init; }
    }
}
