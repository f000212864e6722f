using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListOfferings;

/// <summary>One listing, two addresses: a provider's own offerings, and the whole catalogue across providers.</summary>
internal sealed class ListOfferingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/offerings", async (string? solutionType, Guid? providerId, string? q, bool? includeInactive, int? limit, string? after,
                    ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOfferingsQuery(providerId, solutionType, q, includeInactive ?? false, limit, after), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListOfferings")
            .WithSummary("The catalogue of offerings by title; q matches title, qualification or provider; filter by solutionType and providerId. "
                + "Only active offerings of active providers unless includeInactive=true. Managers, HR and Admin. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/providers/{id:guid}/offerings", async (Guid id, string? solutionType, string? q, bool? includeInactive, int? limit, string? after,
                    ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOfferingsQuery(id, solutionType, q, includeInactive ?? false, limit, after), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListProviderOfferings")
            .WithSummary("One provider's offerings by title; only active ones of an active provider unless includeInactive=true. Managers, HR and Admin. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
