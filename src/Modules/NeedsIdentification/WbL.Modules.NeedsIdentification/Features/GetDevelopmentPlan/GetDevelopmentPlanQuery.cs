using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentPlan;

public sealed record PlanLearner(Guid Id, string DisplayName, string Email, string JobTitle);

/// <summary>
/// The learner's development plan: every need over time with its outcomes, status and history.
/// It belongs to the learner and travels with them, so it carries everything needed to read it elsewhere.
/// </summary>
public sealed record DevelopmentPlanResponse(
    PlanLearner Learner,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<DevelopmentNeedResponse> Needs,
    IReadOnlyDictionary<string, int> NeedsByStatus,
    int HiddenPrivate);

internal sealed record GetDevelopmentPlanQuery(Guid PersonId) : IQuery<DevelopmentPlanResponse>, IRequestAboutPerson
{
    public Guid SubjectPersonId => PersonId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
