using Mediator;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ImpactReviews.Features.GetImpactReview;

internal sealed class GetImpactReviewHandler(ImpactReviewReads reads) : IQueryHandler<GetImpactReviewQuery, ImpactReviewResponse>
{
    public async ValueTask<ImpactReviewResponse> Handle(GetImpactReviewQuery query, CancellationToken cancellationToken) =>
        await reads.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Impact review", query.Id);
}
