using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewResults;

internal sealed class GetProgrammeReviewResultsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets/{id:guid}/programme-review", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProgrammeReviewResultsQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("GetProgrammeReviewResults")
            .WithSummary("A set's programme review results as whole percentages (halves away from zero; null when nothing to count): response rate, each value rating, good or excellent, each issue, achieved goal and started second phase — overall and by respondent role — with who was asked and whether they answered, and the comments by role. The facilitator, HR and Admin; a member gets 403, anyone else 404; 404 too while the review is not open.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
