using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.GetBusinessNeed;

internal sealed class GetBusinessNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/business-needs/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetBusinessNeedQuery(id), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("GetBusinessNeed")
            .WithSummary("One business need. Staff of its unit (and units below), its managers, HR and Admin; 404 for anyone else.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
