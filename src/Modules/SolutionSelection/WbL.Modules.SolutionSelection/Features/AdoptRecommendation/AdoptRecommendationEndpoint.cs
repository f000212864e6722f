using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.AdoptRecommendation;

internal sealed class AdoptRecommendationEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/advice-requests/{id:guid}/recommendations/{offeringId:guid}/option", async (Guid id, Guid offeringId, ISender sender, CancellationToken cancellationToken) =>
            {
                var option = await sender.Send(new AdoptRecommendationCommand(id, offeringId), cancellationToken);
                return TypedResults.Created($"/api/solution-options/{option.Id}", option);
            })
            .WithTags("Solution selection")
            .WithName("AdoptRecommendation")
            .WithSummary("The line manager turns an offering HR recommended into a solution option for the need (type, description and cost from the offering).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
