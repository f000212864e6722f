using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.ProposeContract;

public sealed record ContractVersionRequest(int Version);

internal sealed class ProposeContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/propose", async (Guid id, ContractVersionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ProposeContractCommand(id, body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("ProposeContract")
            .WithSummary("The line manager proposes the draft terms to the learner for signature.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
