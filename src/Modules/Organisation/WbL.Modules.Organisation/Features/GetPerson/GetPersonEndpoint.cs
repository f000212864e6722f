using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.GetPerson;

internal sealed class GetPersonEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetPersonQuery(id), cancellationToken)))
            .WithTags("Organisation")
            .WithName("GetPerson")
            .WithSummary("One person's directory entry.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
