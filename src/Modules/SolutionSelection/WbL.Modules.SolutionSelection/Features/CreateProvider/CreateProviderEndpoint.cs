using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.CreateProvider;

public sealed record ProviderRequest(
    string? Name,
    string? Kind,
    bool? Preferred,
    DateOnly? PreferredReviewOn,
    IReadOnlyList<string>? Accreditations,
    string? ContactName,
    string? ContactEmail,
    string? Website,
    bool? Active);

internal sealed class CreateProviderEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers", async (ProviderRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var provider = await sender.Send(new CreateProviderCommand(
                    body.Name ?? "", body.Kind ?? "", body.Preferred ?? false, body.PreferredReviewOn, body.Accreditations ?? [],
                    body.ContactName, body.ContactEmail, body.Website, body.Active ?? true), cancellationToken);
                return TypedResults.Created($"/api/providers/{provider.Id}", provider);
            })
            .WithTags("Solution selection")
            .WithName("CreateProvider")
            .WithSummary("Add a learning provider to the register. HR only; a preferred supplier needs a future review date.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
