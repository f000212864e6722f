using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ImpactReviews.Features.StartSecondPhase;

/// <summary>
/// What next: the line manager starts a second phase of development, a new need for the learner that
/// follows the reviewed one. Only once per review.
/// </summary>
internal sealed record StartSecondPhaseCommand(
    Guid Id, int Version, string? Title, IReadOnlyList<string>? LearningOutcomes, string? PerformanceImprovement, string? Priority)
    : ICommand<ImpactReviewResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ImpactReview;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
