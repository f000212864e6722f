using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListProviders;

internal sealed class ListProvidersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/providers", async (string? q, string? kind, bool? preferred, bool? active, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListProvidersQuery(q, kind, preferred, active, limit, after), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListProviders")
            .WithSummary("The provider register by name; q matches the name; filter by kind, preferred and active (both when omitted). Managers, HR and Admin. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
