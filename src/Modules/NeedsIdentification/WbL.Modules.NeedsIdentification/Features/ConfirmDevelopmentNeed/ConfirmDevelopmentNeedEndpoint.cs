using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.ConfirmDevelopmentNeed;

public sealed record ConfirmDevelopmentNeedRequest(int Version);

internal sealed class ConfirmDevelopmentNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/development-needs/{id:guid}/confirm", async (Guid id, ConfirmDevelopmentNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ConfirmDevelopmentNeedCommand(id, body.Version), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("ConfirmDevelopmentNeed")
            .WithSummary("The line manager confirms an aspiration the learner proposed: Proposed → Identified.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
