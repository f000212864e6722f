using Mediator;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ImpactReviews.Features.GetContractImpactReview;

internal sealed class GetContractImpactReviewHandler(ImpactReviewReads reads) : IQueryHandler<GetContractImpactReviewQuery, ImpactReviewResponse>
{
    public async ValueTask<ImpactReviewResponse> Handle(GetContractImpactReviewQuery query, CancellationToken cancellationToken) =>
        await reads.FindRowByContractAsync(query.ContractId, cancellationToken) is { } row
            ? await reads.ToResponseAsync(row, cancellationToken)
            : throw new NotFoundException("Impact review of contract", query.ContractId);
}
