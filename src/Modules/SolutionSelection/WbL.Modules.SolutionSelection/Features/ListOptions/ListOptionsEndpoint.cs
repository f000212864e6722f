using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListOptions;

internal sealed class ListOptionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/development-needs/{id:guid}/options", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOptionsQuery(id), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListSolutionOptions")
            .WithSummary("A need's solution options side by side, in the order they were added. Whoever may read the need.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
