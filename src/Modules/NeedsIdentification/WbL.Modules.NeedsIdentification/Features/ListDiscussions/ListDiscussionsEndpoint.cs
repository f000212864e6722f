using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.NeedsIdentification.Features.ListLearnerDiscussions;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

internal sealed class ListDiscussionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/discussions", async (Guid? learnerId, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(learnerId is { } learner
                    ? await sender.Send(new ListLearnerDiscussionsQuery(learner, limit, after), cancellationToken)
                    : await sender.Send(new ListDiscussionsQuery(limit, after), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("ListDiscussions")
            .WithSummary("1:1 development discussions, newest first: one learner's (learnerId), or the caller's own and their direct reports'. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
