using Mediator;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

/// <summary>A need identified in the 1:1, recorded in the same step (the learner is the discussion's).</summary>
internal sealed record IdentifiedNeed(
    string Title,
    IReadOnlyList<string> LearningOutcomes,
    string PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    string Origin,
    bool IsPrivate,
    string Priority,
    IReadOnlyList<string> CompetencyTags) : IDevelopmentNeedFields;

/// <summary>The learner's line manager records a 1:1 and, in the same transaction, the needs it identified.</summary>
internal sealed record RecordDiscussionCommand(
    Guid LearnerId,
    string Kind,
    DateOnly? HeldOn,
    string Summary,
    IReadOnlyList<string> AgreedOutcomes,
    DateOnly? NextDiscussionOn,
    IReadOnlyList<IdentifiedNeed> IdentifiedNeeds) : ICommand<DiscussionResponse>, IDiscussionFields, IRequestAboutPerson, ICarriesConfidentialContent
{
    // A private aspiration named in the 1:1 is the learner's and their manager's alone, in the audit trail too.
    public bool CarriesConfidentialContent => IdentifiedNeeds.Any(need => need.IsPrivate);

    public Guid SubjectPersonId => LearnerId;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
