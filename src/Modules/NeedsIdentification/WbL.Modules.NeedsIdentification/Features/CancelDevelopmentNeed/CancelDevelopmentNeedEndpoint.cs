using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.CancelDevelopmentNeed;

public sealed record CancelDevelopmentNeedRequest(string? Reason, int Version);

internal sealed class CancelDevelopmentNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/development-needs/{id:guid}/cancel", async (Guid id, CancelDevelopmentNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CancelDevelopmentNeedCommand(id, body.Reason ?? "", body.Version), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("CancelDevelopmentNeed")
            .WithSummary("Cancel an open need with a reason (line manager), or withdraw your own unconfirmed proposal (learner).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
