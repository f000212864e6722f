using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Reports;

/// <summary>
/// Gathers every module's report facts and places each learner in their department, keeping only the learners of
/// the caller's organisation: HR of one organisation never sees another's figures.
/// </summary>
internal sealed class ReportInputs(
    IOrganisationDirectory directory,
    ICurrentUser currentUser,
    TimeProvider clock,
    IEnumerable<IReportFacts<NeedFact>> needs,
    IEnumerable<IReportFacts<SolutionTypeFact>> solutionTypes,
    IEnumerable<IReportFacts<SelectedOptionFact>> selectedOptions,
    IEnumerable<IReportFacts<ContractFact>> contracts,
    IEnumerable<IReportFacts<ProgressReviewFact>> progressReviews,
    IEnumerable<IReportFacts<ImpactFact>> impactReviews)
{
    public const string NoDepartment = "No department";

    public async Task<ReportInput> LoadAsync(CancellationToken cancellationToken)
    {
        var needFacts = await AllAsync(needs, cancellationToken);
        var optionFacts = await AllAsync(selectedOptions, cancellationToken);
        var contractFacts = await AllAsync(contracts, cancellationToken);
        var reviewFacts = await AllAsync(progressReviews, cancellationToken);
        var impactFacts = await AllAsync(impactReviews, cancellationToken);
        var learnerIds = needFacts.Select(fact => fact.LearnerId)
            .Concat(optionFacts.Select(fact => fact.LearnerId))
            .Concat(contractFacts.Select(fact => fact.LearnerId))
            .Concat(reviewFacts.Select(fact => fact.LearnerId))
            .Concat(impactFacts.Select(fact => fact.LearnerId))
            .ToHashSet();
        var learners = await PlaceAsync(learnerIds, cancellationToken);
        return new ReportInput(learners, needFacts, await AllAsync(solutionTypes, cancellationToken), optionFacts, contractFacts, reviewFacts, impactFacts,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The caller's organisation, or null when they belong to none (then every report is empty).</summary>
    public async Task<Guid?> CallerOrganisationAsync(CancellationToken cancellationToken)
    {
        var caller = await directory.FindPersonAsync(currentUser.PersonId, cancellationToken);
        return caller is null ? null : (await directory.FindUnitAsync(caller.OrgUnitId, cancellationToken))?.OrganisationId;
    }

    private async Task<IReadOnlyDictionary<Guid, Placement>> PlaceAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
    {
        var organisation = await CallerOrganisationAsync(cancellationToken);
        var people = await directory.FindPeopleAsync(learnerIds, cancellationToken);
        var unitIds = people.Values.Select(person => person.OrgUnitId).ToHashSet();
        var chains = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var unitId in unitIds)
        {
            chains[unitId] = await directory.UnitAndAncestorsAsync(unitId, cancellationToken);
        }
        var units = await directory.FindUnitsAsync(chains.Values.SelectMany(chain => chain).ToHashSet(), cancellationToken);
        var placements = new Dictionary<Guid, Placement>();
        foreach (var person in people.Values)
        {
            if (!units.TryGetValue(person.OrgUnitId, out var own) || own.OrganisationId != organisation)
            {
                continue;
            }
            var department = chains[person.OrgUnitId].Select(id => units.GetValueOrDefault(id)).FirstOrDefault(unit => unit?.Kind == "Department");
            placements[person.Id] = department is null ? new Placement(null, NoDepartment) : new Placement(department.Id, department.Name);
        }
        return placements;
    }

    private static async Task<IReadOnlyList<TFact>> AllAsync<TFact>(IEnumerable<IReportFacts<TFact>> sources, CancellationToken cancellationToken)
    {
        var facts = new List<TFact>();
        foreach (var source in sources)
        {
            facts.AddRange(await source.FactsAsync(cancellationToken));
        }
        return facts;
    }
}
