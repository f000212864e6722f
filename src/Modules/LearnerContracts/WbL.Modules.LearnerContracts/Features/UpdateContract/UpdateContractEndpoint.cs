using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.UpdateContract;

public sealed record UpdateContractRequest(ContractTermsInput? Terms, int Version);

internal sealed class UpdateContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/contracts/{id:guid}", async (Guid id, UpdateContractRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateContractCommand(
                    id, body.Terms ?? throw Validation.Fail("terms", "Give the contract's terms."), body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("UpdateContract")
            .WithSummary("The line manager edits the draft terms. Send the contract version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
