using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ImpactReviews.Features.GetImpactReview;

internal sealed record GetImpactReviewQuery(Guid Id) : IQuery<ImpactReviewResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ImpactReview;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
