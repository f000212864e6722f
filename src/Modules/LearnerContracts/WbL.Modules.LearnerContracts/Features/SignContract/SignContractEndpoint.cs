using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.SignContract;

public sealed record SignContractRequest(int VersionNumber, int Version);

internal sealed class SignContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/sign", async (Guid id, SignContractRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SignContractCommand(id, body.VersionNumber, body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("SignContract")
            .WithSummary("The learner signs the proposed terms (versionNumber), then the line manager countersigns; the terms are then agreed " +
                "and active from the start date. Signing terms that are no longer the proposed ones is 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
