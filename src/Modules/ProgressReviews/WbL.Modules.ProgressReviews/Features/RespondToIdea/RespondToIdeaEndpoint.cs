using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.RespondToIdea;

public sealed record RespondToIdeaRequest(string? Decision, string? Reason, int Version);

internal sealed class RespondToIdeaEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/ideas/{id:guid}/response", async (Guid id, RespondToIdeaRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RespondToIdeaCommand(id, IdeaDecision(body.Decision), body.Reason, body.Version), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("RespondToIdea")
            .WithSummary("The learner's line manager answers an idea: Championed, Implemented or Declined (with a reason). An open idea takes any answer, a championed one can still be implemented or declined; implemented and declined are final. Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The API outline spells decisions in lower case; what is stored and answered is the vocabulary's spelling.</summary>
    private static string IdeaDecision(string? decision) =>
        IdeaStatuses.Decisions.FirstOrDefault(known => string.Equals(known, decision?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? decision ?? "";
}
