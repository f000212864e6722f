using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.UpdateOffering;

public sealed record UpdateOfferingRequest(
    string? Title,
    string? SolutionType,
    bool? Accredited,
    string? Qualification,
    string? Duration,
    decimal? Cost,
    string? DeliveryMode,
    bool? Active,
    int Version);

internal sealed class UpdateOfferingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/offerings/{id:guid}", async (Guid id, UpdateOfferingRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateOfferingCommand(
                    id, body.Title ?? "", body.SolutionType ?? "", body.Accredited, body.Qualification, body.Duration ?? "",
                    body.Cost, body.DeliveryMode ?? "", body.Active, body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("UpdateOffering")
            .WithSummary("Edit an offering or withdraw it (active=false). A retired solution type may stay but not be newly chosen. HR only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
