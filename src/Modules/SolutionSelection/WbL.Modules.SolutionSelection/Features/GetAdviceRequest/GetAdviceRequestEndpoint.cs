using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.GetAdviceRequest;

internal sealed class GetAdviceRequestEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/advice-requests/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetAdviceRequestQuery(id), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("GetAdviceRequest")
            .WithSummary("One advice request with HR's answer and recommended offerings.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
