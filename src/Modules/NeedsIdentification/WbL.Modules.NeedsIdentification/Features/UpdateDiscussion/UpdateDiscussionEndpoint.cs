using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDiscussion;

public sealed record UpdateDiscussionRequest(
    string? Kind,
    DateOnly? HeldOn,
    string? Summary,
    IReadOnlyList<string>? AgreedOutcomes,
    DateOnly? NextDiscussionOn,
    int Version);

internal sealed class UpdateDiscussionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/discussions/{id:guid}", async (Guid id, UpdateDiscussionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateDiscussionCommand(
                    id, body.Kind ?? DiscussionKinds.OneToOne, body.HeldOn, body.Summary ?? "", body.AgreedOutcomes ?? [], body.NextDiscussionOn, body.Version),
                    cancellationToken)))
            .WithTags("Needs identification")
            .WithName("UpdateDiscussion")
            .WithSummary("The learner's line manager edits the record of a 1:1. Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
