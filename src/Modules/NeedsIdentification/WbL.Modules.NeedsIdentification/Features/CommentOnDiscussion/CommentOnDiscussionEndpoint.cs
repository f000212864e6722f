using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.CommentOnDiscussion;

public sealed record CommentOnDiscussionRequest(string? Comment, int Version);

internal sealed class CommentOnDiscussionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/discussions/{id:guid}/learner-comment", async (Guid id, CommentOnDiscussionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CommentOnDiscussionCommand(id, body.Comment ?? "", body.Version), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("CommentOnDiscussion")
            .WithSummary("The learner adds or changes their own comment on a 1:1 record. Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
