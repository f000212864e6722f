using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.GetTeam;

internal sealed class GetTeamEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people/{id:guid}/team", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetTeamQuery(id), cancellationToken)))
            .WithTags("Organisation")
            .WithName("GetTeam")
            .WithSummary("A person's direct reports with their development status: open needs by stage, last and next 1:1. Visible to the person, managers above them, HR and Admin; 404 for anyone else.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
