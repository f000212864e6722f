using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.ListOneToOnes;

internal sealed class ListOneToOnesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets/{id:guid}/one-to-ones", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOneToOnesQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("ListOneToOnes")
            .WithSummary("A set's members by name, each with their one-to-one (null until recorded). The facilitator, HR and Admin see every member; a member sees only their own entry; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
