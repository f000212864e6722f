using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.UpdateProvider;

public sealed record UpdateProviderRequest(
    string? Name,
    string? Kind,
    bool? Preferred,
    DateOnly? PreferredReviewOn,
    IReadOnlyList<string>? Accreditations,
    string? ContactName,
    string? ContactEmail,
    string? Website,
    bool? Active,
    int Version);

internal sealed class UpdateProviderEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/providers/{id:guid}", async (Guid id, UpdateProviderRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateProviderCommand(
                    id, body.Name ?? "", body.Kind ?? "", body.Preferred, body.PreferredReviewOn, body.Accreditations ?? [],
                    body.ContactName, body.ContactEmail, body.Website, body.Active, body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("UpdateProvider")
            .WithSummary("Edit a provider, including its preferred-supplier status and whether it is in use. HR only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
