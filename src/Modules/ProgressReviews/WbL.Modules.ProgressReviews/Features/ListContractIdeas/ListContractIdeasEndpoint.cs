using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.ListContractIdeas;

internal sealed class ListContractIdeasEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts/{id:guid}/ideas", async (Guid id, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListContractIdeasQuery(id, limit, after), cancellationToken)))
            .WithTags("Progress reviews")
            .WithName("ListContractIdeas")
            .WithSummary("The ideas the learner raised on a contract, newest first, each open, championed, implemented or declined, and overdue when open past its answer-by date. The learner, their line, HR, Admin and the mentor. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
