using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.GetIdea;

internal sealed class GetIdeaEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/ideas/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetIdeaQuery(id), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("GetIdea")
            .WithSummary("One idea with the line manager's answer, its answer-by date, whether it is overdue and whether the caller may answer it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
