using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews.Features.GetImpactReview;

internal sealed class GetImpactReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/impact-reviews/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetImpactReviewQuery(id), cancellationToken)))
            .WithTags("Impact reviews")
            .WithName("GetImpactReview")
            .WithSummary("An impact review: its window and status, the learner's reaction, each learning outcome achieved or not, behaviour at work, the business measure against its baseline, isolation, money, the figures the server computes (adjusted benefit, total costs, ROI %, BCR) and what the caller may do. The learner, their line, HR, Admin and the contract's mentor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
