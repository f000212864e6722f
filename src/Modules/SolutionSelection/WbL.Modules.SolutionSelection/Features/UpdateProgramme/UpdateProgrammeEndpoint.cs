using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.UpdateProgramme;

public sealed record UpdateProgrammeRequest(
    string? Title,
    Guid? OfferingId,
    decimal? CostPerHead,
    decimal? TotalCost,
    string? Status,
    IReadOnlyList<Guid>? ManagersConsulted,
    string? Notes,
    int Version);

internal sealed class UpdateProgrammeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/corporate-programmes/{id:guid}", async (Guid id, UpdateProgrammeRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateProgrammeCommand(
                    id, body.Title ?? "", body.OfferingId, body.CostPerHead, body.TotalCost, body.Status ?? "", body.ManagersConsulted ?? [], body.Notes, body.Version),
                    cancellationToken)))
            .WithTags("Solution selection")
            .WithName("UpdateProgramme")
            .WithSummary("HR edits a programme and moves it on (Proposed → Procuring → Running → Completed). Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
