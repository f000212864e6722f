using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.OpenProgrammeReview;

internal sealed class OpenProgrammeReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learning-sets/{id:guid}/programme-review", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                var results = await sender.Send(new OpenProgrammeReviewCommand(id), cancellationToken);
                return TypedResults.Created($"/api/learning-sets/{id}/programme-review", results);
            })
            .WithTags("Action learning sets")
            .WithName("OpenProgrammeReview")
            .WithSummary("The set's facilitator or HR opens its programme review, once per set, on a Running or Closed set. It invites every active member (respondent role Member, about themselves), the facilitator (Facilitator) and each member's active line manager (SponsoringManager, one invitation per member they sponsor). Returns the results, all unanswered. A member gets 403, anyone else 404; a forming set or a second opening → 409 state-conflict.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
