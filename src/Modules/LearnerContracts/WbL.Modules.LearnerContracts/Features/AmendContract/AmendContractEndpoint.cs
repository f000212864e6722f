using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.LearnerContracts.Features.ProposeContract;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.AmendContract;

internal sealed class AmendContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts/{id:guid}/amend", async (Guid id, ContractVersionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AmendContractCommand(id, body.Version), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("AmendContract")
            .WithSummary("The line manager starts an amendment: a new draft version of the agreed terms, edited, proposed and signed by both again. " +
                "Until then the agreed version stays in force.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
