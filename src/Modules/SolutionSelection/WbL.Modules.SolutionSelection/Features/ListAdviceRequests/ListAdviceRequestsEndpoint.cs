using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListAdviceRequests;

internal sealed class ListAdviceRequestsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/advice-requests", async (string? status, Guid? needId, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListAdviceRequestsQuery(status, needId, limit, after), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListAdviceRequests")
            .WithSummary("Advice requests oldest first: for HR the whole queue (status=Open for what waits), for anyone else the requests they made.")
            .ProducesValidationProblem();
}
