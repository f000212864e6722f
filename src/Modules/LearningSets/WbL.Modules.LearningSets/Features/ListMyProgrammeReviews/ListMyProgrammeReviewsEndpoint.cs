using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.ListMyProgrammeReviews;

internal sealed class ListMyProgrammeReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programme-reviews/mine", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyProgrammeReviewsQuery(limit, after), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("ListMyProgrammeReviews")
            .WithSummary("The caller's programme review invitations, by set name: the response id to read and answer, the set, the role they answer in (Member, Facilitator, SponsoringManager), the member it is about, and whether they have answered. Paged with limit/after.")
            .ProducesValidationProblem();
}
