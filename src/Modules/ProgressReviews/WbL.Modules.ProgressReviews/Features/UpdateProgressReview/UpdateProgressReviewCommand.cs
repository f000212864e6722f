using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.UpdateProgressReview;

/// <summary>The learner's evidence for one outcome: text and links (files are uploaded on their own).</summary>
public sealed record OutcomeEvidenceInput(int Index, string? Evidence, IReadOnlyList<string>? Links);

/// <summary>What the learner writes before the meeting.</summary>
public sealed record LearnerPartInput(string? Reflection, string? Barriers, string? SupportNeeded, IReadOnlyList<OutcomeEvidenceInput>? Outcomes);

public sealed record OutcomeRatingInput(int Index, string? Rating);

/// <summary>An action agreed at the review; one carried over from an earlier review keeps its id and may be marked done.</summary>
public sealed record ActionInput(Guid? Id, string? Description, Guid? OwnerId, DateOnly? DueOn, bool Done);

/// <summary>
/// What the manager writes. <c>Record</c> true records the review as held on <c>HeldOn</c>, which
/// closes it; false saves a draft.
/// </summary>
public sealed record ManagerPartInput(
    bool Record,
    DateOnly? HeldOn,
    decimal? TimeGivenHours,
    string? ManagerNotes,
    string? OverallStatus,
    IReadOnlyList<OutcomeRatingInput>? Outcomes,
    IReadOnlyList<ActionInput>? Actions);

internal sealed record UpdateProgressReviewCommand(Guid Id, int Version, LearnerPartInput? Learner, ManagerPartInput? Manager)
    : ICommand<ProgressReviewResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ProgressReview;

    public Guid RecordId => Id;

    // Each part has its own writer (the learner, the line manager); the handler checks which part was sent.
    public PersonAccess RequiredAccess => PersonAccess.Read;
}
