using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammeCandidates;

public sealed record CandidateNeed(Guid NeedId, string Title, Guid LearnerId, string LearnerName, Guid OrgUnitId, string OrgUnitName, Guid? ManagerId, string ManagerName);

/// <summary>Open needs without a chosen solution that share a competency: enough of them make one programme worth procuring.</summary>
public sealed record ProgrammeCandidateResponse(string CompetencyTag, int NeedCount, int TeamCount, IReadOnlyList<CandidateNeed> Needs, IReadOnlyList<PersonReference> ManagersToConsult);

[RequiresRole(Roles.HR)]
internal sealed record ListProgrammeCandidatesQuery : IQuery<Page<ProgrammeCandidateResponse>>;
