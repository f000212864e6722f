using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammeCandidates;

internal sealed class ListProgrammeCandidatesHandler(IDevelopmentNeeds needs, IOrganisationDirectory directory, ProgrammeSettings settings)
    : IQueryHandler<ListProgrammeCandidatesQuery, Page<ProgrammeCandidateResponse>>
{
    /// <summary>Needs waiting for a solution grouped by a competency tag they share, the groups at or above the threshold.</summary>
    public static IReadOnlyList<IGrouping<string, DevelopmentNeedSummary>> Clusters(IEnumerable<DevelopmentNeedSummary> waiting, int threshold) =>
        waiting
            .SelectMany(need => need.CompetencyTags.Select(tag => (Tag: tag, Need: need)))
            .GroupBy(pair => pair.Tag, pair => pair.Need, StringComparer.Ordinal)
            .Where(cluster => cluster.Count() >= threshold)
            .ToList();

    public async ValueTask<Page<ProgrammeCandidateResponse>> Handle(ListProgrammeCandidatesQuery query, CancellationToken cancellationToken)
    {
        var waiting = await needs.AwaitingSolutionAsync(cancellationToken);
        var clusters = Clusters(waiting, settings.CandidateThreshold);
        if (clusters.Count == 0)
        {
            return new Page<ProgrammeCandidateResponse>([], null);
        }

        var learners = await directory.FindPeopleAsync(clusters.SelectMany(cluster => cluster.Select(need => need.LearnerId)).Distinct().ToList(), cancellationToken);
        var managers = await directory.FindPeopleAsync(learners.Values.Select(person => person.ManagerId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        var units = await directory.FindUnitsAsync(learners.Values.Select(person => person.OrgUnitId).Distinct().ToList(), cancellationToken);

        var candidates = clusters.Select(cluster =>
        {
            var members = cluster.Select(need =>
            {
                var learner = learners.GetValueOrDefault(need.LearnerId);
                var manager = learner?.ManagerId is { } managerId ? managers.GetValueOrDefault(managerId) : null;
                var unitId = learner?.OrgUnitId ?? Guid.Empty;
                return new CandidateNeed(need.Id, need.Title, need.LearnerId, learner?.DisplayName ?? "", unitId, units.GetValueOrDefault(unitId)?.Name ?? "",
                    manager?.Id, manager?.DisplayName ?? "");
            }).ToList();
            var consult = members.Where(member => member.ManagerId is not null)
                .Select(member => new PersonReference(member.ManagerId!.Value, member.ManagerName))
                .DistinctBy(person => person.Id)
                .OrderBy(person => person.DisplayName, StringComparer.Ordinal)
                .ToList();
            return new ProgrammeCandidateResponse(cluster.Key, members.Count, members.Select(member => member.OrgUnitId).Distinct().Count(), members, consult);
        })
        .OrderByDescending(candidate => candidate.NeedCount)
        .ThenBy(candidate => candidate.CompetencyTag, StringComparer.Ordinal)
        .ToList();
        // A handful of clusters at most: each needs several people sharing a competency.
        return new Page<ProgrammeCandidateResponse>(candidates, null);
    }
}
