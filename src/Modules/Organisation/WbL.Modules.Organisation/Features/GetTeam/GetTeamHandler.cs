using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.GetTeam;

internal sealed class GetTeamHandler(IDbSession session, IDevelopmentStatusQuery development) : IQueryHandler<GetTeamQuery, Page<TeamMemberResponse>>
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
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(ReportsSql, new { query.PersonId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var statuses = await development.GetAsync(rows.Select(row => row.Id).ToList(), cancellationToken);
        // A manager's direct reports are few; the whole team is one page.
        return new Page<TeamMemberResponse>(rows.Select(row =>
        {
            var status = statuses.GetValueOrDefault(row.Id);
            return new TeamMemberResponse(row.Id, row.DisplayName, row.Email, row.JobTitle, row.OrgUnitId,
                status?.OpenNeeds ?? 0, status?.OpenNeedsByStatus ?? new Dictionary<string, int>(), status?.LastDiscussionOn, status?.NextDiscussionOn);
        }).ToList(), null);
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
