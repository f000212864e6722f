using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.WithdrawContract;

public sealed record WithdrawContractRequest(string? Reason, int Version);

internal sealed class WithdrawContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/withdraw", async (Guid id, WithdrawContractRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new WithdrawContractCommand(id, body.Reason ?? "", body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("WithdrawContract")
            .WithSummary("The line manager withdraws a contract that is not finished, with a reason; the need goes back to its selected solution.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
