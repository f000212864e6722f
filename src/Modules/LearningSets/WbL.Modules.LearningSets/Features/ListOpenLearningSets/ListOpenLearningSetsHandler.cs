using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListOpenLearningSets;

internal sealed class ListOpenLearningSetsHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory)
    : IQueryHandler<ListOpenLearningSetsQuery, Page<OpenLearningSetResponse>>
{
    private const string PageSql = """
        SELECT s.id, s.name, s.purpose, s.meeting_cadence, s.status, s.facilitator_id,
               (SELECT COUNT(1) FROM als_set_members m WHERE m.set_id = s.id) AS member_count
        FROM als_sets s
        WHERE s.status IN ('Forming', 'Running')
          AND (@AfterName IS NULL OR s.name > @AfterName OR (s.name = @AfterName AND s.id > @AfterId))
        ORDER BY s.name, s.id
        """;

    public async ValueTask<Page<OpenLearningSetResponse>> Handle(ListOpenLearningSetsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Paging.DefaultLimit;
        var after = KeysetCursor.From(query.After);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OpenSetRow>(new CommandDefinition(dialect.Limit(PageSql), new
        {
            AfterName = after?.SortKey,
            AfterId = after?.Id,
            Limit = limit + 1,
        }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var facilitators = await directory.FindPeopleAsync(rows.Select(row => row.FacilitatorId).Distinct().ToList(), cancellationToken);
        var sets = rows.Select(row => new OpenLearningSetResponse(
            row.Id, row.Name, row.Purpose, row.MeetingCadence, row.Status,
            facilitators.GetValueOrDefault(row.FacilitatorId)?.DisplayName ?? "(unknown)", row.MemberCount)).ToList();
        return Paging.ToPage(sets, limit, set => new KeysetCursor(set.Name, set.Id));
    }

    private sealed class OpenSetRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Purpose { get; init; } = "";
        public string MeetingCadence { get; init; } = "";
        public string Status { get; init; } = "";
        public Guid FacilitatorId { get; init; }
        public int MemberCount { get; init; }
    }
}
