using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.ListMyActions;

internal sealed class ListMyActionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/actions", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyActionsQuery(limit, after), cancellationToken)))
            .WithTags("Insights")
            .WithName("ListMyActions")
            .WithSummary("What needs the caller's action now, across every module: most urgent first (overdue, due, open, upcoming; then by date), paged with limit/after, with counts per urgency and kind of the whole list for the navigation badges.")
            .ProducesValidationProblem();
}
