using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.RejectOption;

public sealed record RejectOptionRequest(string? Reason, int Version);

internal sealed class RejectOptionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/solution-options/{id:guid}/reject", async (Guid id, RejectOptionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RejectOptionCommand(id, body.Reason ?? "", body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("RejectSolutionOption")
            .WithSummary("The line manager rejects an option with a reason. The selected option cannot be rejected until another is selected.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
