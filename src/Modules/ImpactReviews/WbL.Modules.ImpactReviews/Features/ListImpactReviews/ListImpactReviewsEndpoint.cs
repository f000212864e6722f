using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ImpactReviews.Features.ListImpactReviews;

internal sealed class ListImpactReviewsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/impact-reviews", async (string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListImpactReviewsQuery(status, limit, after), cancellationToken)))
            .WithTags("Impact reviews")
            .WithName("ListImpactReviews")
            .WithSummary("The impact reviews the caller may see, the window closing soonest first: a learner's own, a manager's and everyone's below them in their line, HR's and Admin's all (HR's escalation list is ?status=overdue). status=pending|due|overdue|completed as of today. Paged with limit/after.")
            .ProducesValidationProblem();
}
