using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListSolutionTypes;

internal sealed class ListSolutionTypesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/solution-types", async (bool? includeInactive, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListSolutionTypesQuery(includeInactive ?? false), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListSolutionTypes")
            .WithSummary("The kinds of solution to choose from, in HR's order; always one page. includeInactive=true (HR and Admin) adds retired types.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
