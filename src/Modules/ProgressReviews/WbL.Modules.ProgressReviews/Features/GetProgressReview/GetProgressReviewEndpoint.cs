using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.GetProgressReview;

internal sealed class GetProgressReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/progress-reviews/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProgressReviewQuery(id), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("GetProgressReview")
            .WithSummary("A review with one row per learning outcome, the actions carried over from earlier reviews, the mentor's notes and what the caller may do.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
