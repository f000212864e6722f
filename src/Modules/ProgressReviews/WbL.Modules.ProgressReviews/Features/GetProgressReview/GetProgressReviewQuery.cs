using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.GetProgressReview;

internal sealed record GetProgressReviewQuery(Guid Id) : IQuery<ProgressReviewResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ProgressReview;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
