using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.RequestContractChanges;

public sealed record RequestContractChangesRequest(string? Comment, int Version);

internal sealed class RequestContractChangesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/request-changes", async (Guid id, RequestContractChangesRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new RequestContractChangesCommand(id, body.Comment ?? "", body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("RequestContractChanges")
            .WithSummary("The learner asks for changes to the proposed terms, with a comment; the terms go back to draft for the manager.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
