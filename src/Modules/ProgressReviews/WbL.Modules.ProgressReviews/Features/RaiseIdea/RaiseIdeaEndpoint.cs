using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.RaiseIdea;

public sealed record RaiseIdeaRequest(string? Title, string? Description);

internal sealed class RaiseIdeaEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/ideas", async (Guid id, RaiseIdeaRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var idea = await sender.Send(new RaiseIdeaCommand(id, body.Title ?? "", body.Description ?? ""), cancellationToken);
                return TypedResults.Created($"/api/ideas/{idea.Id}", idea);
            })
            .WithTags("Progress reviews")
            .WithName("RaiseIdea")
            .WithSummary("The learner raises an idea that challenges current practice, on their own contract while it is active; the line manager answers within 14 days.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
