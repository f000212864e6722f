using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.ListLearningSets;

internal sealed class ListLearningSetsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListLearningSetsQuery(limit, after), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("ListLearningSets")
            .WithSummary("Action learning sets by name: HR and Admin see all; a facilitator the sets they run; a member the sets they belong to. Paged with limit/after.")
            .ProducesValidationProblem();
}
