using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewOverview;

internal sealed class GetProgrammeReviewOverviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programme-reviews", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProgrammeReviewOverviewQuery(), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("GetProgrammeReviewOverview")
            .WithSummary("Programme review results across every set (all responses pooled), by respondent role, and a row per set with a review, by set name: the same whole percentages as a set's results. HR and Admin; others 403.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
