using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews.Features.StartSecondPhase;

/// <summary>
/// The second phase's need: a title and learning outcomes; the expected performance improvement and the priority are
/// the reviewed need's unless given. Its business need, origin, target role and competency tags are copied from it.
/// </summary>
public sealed record StartSecondPhaseRequest(
    int Version, string? Title, IReadOnlyList<string>? LearningOutcomes, string? PerformanceImprovement, string? Priority);

internal sealed class StartSecondPhaseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/impact-reviews/{id:guid}/second-phase", async (Guid id, StartSecondPhaseRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var review = await sender.Send(
                    new StartSecondPhaseCommand(id, body.Version, body.Title, body.LearningOutcomes, body.PerformanceImprovement, body.Priority), cancellationToken);
                return TypedResults.Created($"/api/development-needs/{review.FollowOnNeedId}", review);
            })
            .WithTags("Impact reviews")
            .WithName("StartSecondPhase")
            .WithSummary("What next: the line manager starts a second phase of development — a new identified need for the learner that follows the reviewed one (shown on the need as followsNeedId and in both needs' history). Once per review (409 afterwards). → 201 with the review (followOnNeedId set) and Location of the new need.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
