using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentPlan;

public sealed record PlanLearner(Guid Id, string DisplayName, string Email, string JobTitle);

/// <summary>A competency on the learner's record: a tag of a need whose learning was completed, from the first need that gave it.</summary>
public sealed record PlanCompetencyResponse(string Tag, DateOnly AcquiredOn, Guid NeedId);

/// <summary>
/// The learner's development plan: every need over time with its outcomes, status and history.
/// It belongs to the learner and travels with them, so it carries everything needed to read it elsewhere.
/// <c>competencies</c> is the learner's record of competencies, added automatically as learning completes
/// (tags of private aspirations only for those who may see them).
/// </summary>
public sealed record DevelopmentPlanResponse(
    PlanLearner Learner,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<DevelopmentNeedResponse> Needs,
    IReadOnlyDictionary<string, int> NeedsByStatus,
    IReadOnlyList<PlanCompetencyResponse> Competencies,
    int HiddenPrivate);

internal sealed record GetDevelopmentPlanQuery(Guid PersonId) : IQuery<DevelopmentPlanResponse>, IRequestAboutPerson
{
    public Guid SubjectPersonId => PersonId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
