using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.ListContractReviews;

internal sealed class ListContractReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts/{id:guid}/progress-reviews", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListContractReviewsQuery(id), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("ListContractReviews")
            .WithSummary("The contract's review schedule, each review upcoming, due (within 7 days), overdue, held or cancelled. The learner, their line, HR, Admin and the mentor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
