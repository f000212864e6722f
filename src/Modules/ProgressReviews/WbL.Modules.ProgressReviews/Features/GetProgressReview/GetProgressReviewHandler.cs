using Mediator;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.GetProgressReview;

internal sealed class GetProgressReviewHandler(ReviewReads reads) : IQueryHandler<GetProgressReviewQuery, ProgressReviewResponse>
{
    public async ValueTask<ProgressReviewResponse> Handle(GetProgressReviewQuery query, CancellationToken cancellationToken) =>
        await reads.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Progress review", query.Id);
}
