using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.ListOrgUnits;

internal sealed class ListOrgUnitsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/org-units", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOrgUnitsQuery(limit, after), cancellationToken)))
            .WithTags("Organisation")
            .WithName("ListOrgUnits")
            .WithSummary("Org units sorted by name, a page at a time (limit default 50, max 200; pass next as after).")
            .ProducesValidationProblem();
}
