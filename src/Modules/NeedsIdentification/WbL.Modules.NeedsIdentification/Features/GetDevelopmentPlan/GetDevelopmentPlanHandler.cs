using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentPlan;

internal sealed class GetDevelopmentPlanHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, RequestAccess access, TimeProvider clock)
    : IQueryHandler<GetDevelopmentPlanQuery, DevelopmentPlanResponse>
{
    // Open needs first, then the record of finished ones, oldest first within each, as a plan reads over time.
    private const string NeedsSql = DevelopmentNeeds.SelectColumns + """

        WHERE n.learner_id = @PersonId AND (n.is_private = 0 OR @ShowPrivate = 1)
        ORDER BY CASE WHEN n.status IN @OpenStatuses THEN 0 ELSE 1 END, n.created_at, n.id
        """;

    private const string CompetenciesSql = """
        SELECT c.tag, c.acquired_on, c.need_id
        FROM ni_learner_competencies c
        INNER JOIN ni_development_needs n ON n.id = c.need_id
        WHERE c.person_id = @PersonId AND (n.is_private = 0 OR @ShowPrivate = 1)
        ORDER BY c.tag
        """;

    private const string HiddenSql = "SELECT COUNT(1) FROM ni_development_needs WHERE learner_id = @PersonId AND is_private = 1 AND @ShowPrivate = 0";

    public async ValueTask<DevelopmentPlanResponse> Handle(GetDevelopmentPlanQuery query, CancellationToken cancellationToken)
    {
        var person = await directory.FindPersonAsync(query.PersonId, cancellationToken) ?? throw new NotFoundException("Person", query.PersonId);
        var parameters = new { query.PersonId, ShowPrivate = access.IsClose, OpenStatuses = NeedStatuses.Open };
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DevelopmentNeeds.Row>(new CommandDefinition(NeedsSql, parameters, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var hidden = await connection.ExecuteScalarAsync<int>(new CommandDefinition(HiddenSql, parameters, session.Transaction, cancellationToken: cancellationToken));
        var competencies = (await connection.QueryAsync<CompetencyRow>(new CommandDefinition(CompetenciesSql, parameters, session.Transaction, cancellationToken: cancellationToken)))
            .Select(row => new PlanCompetencyResponse(row.Tag, row.AcquiredOn, row.NeedId)).ToList();
        var needs = await DevelopmentNeeds.ToResponsesAsync(session, dialect, directory, rows, cancellationToken);
        var byStatus = NeedStatuses.All.ToDictionary(status => status, status => needs.Count(need => need.Status == status));
        return new DevelopmentPlanResponse(
            new PlanLearner(person.Id, person.DisplayName, person.Email, person.JobTitle), clock.GetUtcNow(), needs, byStatus, competencies, hidden);
    }

    private sealed class CompetencyRow
    {
        public string Tag { get; init; } = "";
        public DateOnly AcquiredOn { get; init; }
        public Guid NeedId { get; init; }
    }
}
