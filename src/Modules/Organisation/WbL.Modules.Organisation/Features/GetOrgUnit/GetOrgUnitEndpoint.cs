using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.GetOrgUnit;

internal sealed class GetOrgUnitEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/org-units/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetOrgUnitQuery(id), cancellationToken)))
            .WithTags("Organisation")
            .WithName("GetOrgUnit")
            .WithSummary("One org unit.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
