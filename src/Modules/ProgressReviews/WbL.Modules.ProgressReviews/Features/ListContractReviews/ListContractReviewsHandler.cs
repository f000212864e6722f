using Mediator;

namespace WbL.Modules.ProgressReviews.Features.ListContractReviews;

internal sealed class ListContractReviewsHandler(ReviewReads reads) : IQueryHandler<ListContractReviewsQuery, ProgressScheduleResponse>
{
    public async ValueTask<ProgressScheduleResponse> Handle(ListContractReviewsQuery query, CancellationToken cancellationToken) =>
        await reads.ScheduleAsync(query.ContractId, cancellationToken);
}
