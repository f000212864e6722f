using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews.Features.GetContractImpactReview;

internal sealed class GetContractImpactReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts/{id:guid}/impact-review", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetContractImpactReviewQuery(id), cancellationToken)))
            .WithTags("Impact reviews")
            .WithName("GetContractImpactReview")
            .WithSummary("The contract's impact review, the same as GET /api/impact-reviews/{id}. 404 until the contract is completed (the review is opened then) and for anyone who may not read the contract.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
