using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews.Features.UpdateImpactReview;

/// <summary>Send one part with the version you read: the learner sends <c>learner</c>, the line manager sends <c>manager</c>.</summary>
public sealed record UpdateImpactReviewRequest(int Version, ImpactLearnerPartInput? Learner, ImpactManagerPartInput? Manager);

internal sealed class UpdateImpactReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/impact-reviews/{id:guid}", async (Guid id, UpdateImpactReviewRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateImpactReviewCommand(id, body.Version, body.Learner, body.Manager), cancellationToken)))
            .WithTags("Impact reviews")
            .WithName("UpdateImpactReview")
            .WithSummary("The learner writes their reaction; the line manager writes the rest (outcomes, behaviour, results, isolation, money, what next) as a draft at any time, and records it (record: true) from the day the window opens — after it closes the review is marked late. Recording closes the review for both sides. The other side's part → 403; recording too early, or changing a recorded review → 409 state-conflict; a stale version → 409 stale-version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
