using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.UpdateProgressReview;

/// <summary>Send one part: the learner sends <c>learner</c>, the line manager sends <c>manager</c>.</summary>
public sealed record UpdateProgressReviewRequest(int Version, LearnerPartInput? Learner, ManagerPartInput? Manager);

internal sealed class UpdateProgressReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/progress-reviews/{id:guid}", async (Guid id, UpdateProgressReviewRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateProgressReviewCommand(id, body.Version, body.Learner, body.Manager), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("UpdateProgressReview")
            .WithSummary("The learner writes their part (evidence, reflection, barriers, support needed); the line manager writes theirs (ratings, time given, notes, overall status, actions) and records the review as held, which closes it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
