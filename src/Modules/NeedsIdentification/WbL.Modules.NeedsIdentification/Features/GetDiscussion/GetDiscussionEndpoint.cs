using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.GetDiscussion;

internal sealed class GetDiscussionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/discussions/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetDiscussionQuery(id), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("GetDiscussion")
            .WithSummary("One 1:1 record with the needs it identified. The learner, their reporting line and HR; 404 for anyone else.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
