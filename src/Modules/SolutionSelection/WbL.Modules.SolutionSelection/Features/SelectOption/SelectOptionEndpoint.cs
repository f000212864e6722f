using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.SelectOption;

public sealed record SelectOptionRequest(string? Rationale, int Version);

internal sealed class SelectOptionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/solution-options/{id:guid}/select", async (Guid id, SelectOptionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SelectOptionCommand(id, body.Rationale ?? "", body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("SelectSolutionOption")
            .WithSummary("The line manager selects this option with a rationale; an earlier choice goes back to the candidates and the need moves to solution selected. Possible until a contract is agreed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
