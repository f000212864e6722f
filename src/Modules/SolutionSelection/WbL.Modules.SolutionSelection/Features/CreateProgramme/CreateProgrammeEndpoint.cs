using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

public sealed record CreateProgrammeRequest(
    string? Title,
    string? CompetencyTag,
    Guid? OfferingId,
    decimal? CostPerHead,
    decimal? TotalCost,
    IReadOnlyList<Guid>? ManagersConsulted,
    string? Notes);

internal sealed class CreateProgrammeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/corporate-programmes", async (CreateProgrammeRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var programme = await sender.Send(new CreateProgrammeCommand(
                    body.Title ?? "", body.CompetencyTag ?? "", body.OfferingId, body.CostPerHead, body.TotalCost, body.ManagersConsulted ?? [], body.Notes),
                    cancellationToken);
                return TypedResults.Created($"/api/corporate-programmes/{programme.Id}", programme);
            })
            .WithTags("Solution selection")
            .WithName("CreateProgramme")
            .WithSummary("HR proposes a corporate programme for a competency many people need, naming the managers consulted. HR only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
