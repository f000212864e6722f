using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.CreateOffering;

public sealed record OfferingRequest(
    string? Title,
    string? SolutionType,
    bool? Accredited,
    string? Qualification,
    string? Duration,
    decimal? Cost,
    string? DeliveryMode,
    bool? Active);

internal sealed class CreateOfferingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/offerings", async (Guid id, OfferingRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var offering = await sender.Send(new CreateOfferingCommand(
                    id, body.Title ?? "", body.SolutionType ?? "", body.Accredited ?? false, body.Qualification, body.Duration ?? "",
                    body.Cost, body.DeliveryMode ?? "", body.Active ?? true), cancellationToken);
                return TypedResults.Created($"/api/offerings/{offering.Id}", offering);
            })
            .WithTags("Solution selection")
            .WithName("CreateOffering")
            .WithSummary("Add an offering to a provider: its solution type must be an active one; an accredited offering names its qualification. HR only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
