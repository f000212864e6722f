using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

/// <summary>
/// The learner's line manager records a need; the learner may propose a personal aspiration
/// for themselves. Others in the line can read but not record (403).
/// </summary>
internal sealed record CreateDevelopmentNeedCommand(
    Guid LearnerId,
    string Title,
    IReadOnlyList<string> LearningOutcomes,
    string PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    Guid? DiscussionId,
    string Origin,
    bool IsPrivate,
    string Priority,
    IReadOnlyList<string> CompetencyTags) : ICommand<DevelopmentNeedResponse>, IDevelopmentNeedFields, IRequestAboutPerson
{
    public Guid SubjectPersonId => LearnerId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
