using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.CompleteContract;

public sealed record CompleteContractRequest(DateOnly? CompletedOn, string? Outcome, int Version);

internal sealed class CompleteContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/complete", async (Guid id, CompleteContractRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CompleteContractCommand(id, body.CompletedOn, body.Outcome ?? "", body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("CompleteContract")
            .WithSummary("The line manager records that the learning finished (today or earlier; Completed or PartlyCompleted). The impact review window opens.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
