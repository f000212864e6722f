using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Features.GetTeamDashboard;

internal sealed class GetTeamDashboardHandler(IEnumerable<ITeamFiguresSource> sources, IOrganisationDirectory directory, TimeProvider clock)
    : IQueryHandler<GetTeamDashboardQuery, TeamDashboardResponse>
{
    public async ValueTask<TeamDashboardResponse> Handle(GetTeamDashboardQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var reports = (await directory.DirectReportsAsync(query.PersonId, cancellationToken))
            .OrderBy(person => person.DisplayName, StringComparer.Ordinal).ThenBy(person => person.Id).ToList();
        var ids = reports.Select(person => person.Id).ToList();
        var merged = ids.ToDictionary(id => id, id => new TeamFigures(id));
        if (ids.Count > 0)
        {
            // One after the other: the sources share the request's database session.
            foreach (var source in sources)
            {
                foreach (var figures in await source.FiguresForAsync(ids, today, cancellationToken))
                {
                    if (merged.TryGetValue(figures.PersonId, out var soFar))
                    {
                        merged[figures.PersonId] = soFar.Merge(figures);
                    }
                }
            }
        }

        var members = reports.Select(person => new TeamDashboardMember(person.Id, person.DisplayName, person.JobTitle, Figures(merged[person.Id]))).ToList();
        var totals = Figures(members.Select(member => member.Figures));
        return new TeamDashboardResponse(query.PersonId, today, members, totals);
    }

    private static TeamDashboardFigures Figures(TeamFigures figures) => Of(
        figures.BudgetCommitted ?? 0m, figures.ContractsInForce ?? 0, figures.BenefitRealised ?? 0m, figures.ImpactReviewsRecorded ?? 0,
        figures.ReviewsDue ?? 0, figures.ReviewsHeldOnTime ?? 0);

    private static TeamDashboardFigures Figures(IEnumerable<TeamDashboardFigures> members)
    {
        var all = members.ToList();
        return Of(all.Sum(member => member.BudgetCommitted), all.Sum(member => member.ContractsInForce), all.Sum(member => member.BenefitRealised),
            all.Sum(member => member.ImpactReviewsRecorded), all.Sum(member => member.ReviewsDue), all.Sum(member => member.ReviewsHeldOnTime));
    }

    // The team's percentage is worked from its counts, not averaged from the members' percentages.
    private static TeamDashboardFigures Of(decimal budget, int contracts, decimal benefit, int recorded, int due, int onTime) =>
        new(budget, contracts, benefit, recorded, due, onTime,
            due == 0 ? null : (int)Math.Round(onTime * 100m / due, MidpointRounding.AwayFromZero));
}
