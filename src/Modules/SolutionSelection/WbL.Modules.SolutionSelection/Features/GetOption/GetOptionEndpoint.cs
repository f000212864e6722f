using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.GetOption;

internal sealed class GetOptionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/solution-options/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetOptionQuery(id), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("GetSolutionOption")
            .WithSummary("One solution option with its appraisal and decision.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
