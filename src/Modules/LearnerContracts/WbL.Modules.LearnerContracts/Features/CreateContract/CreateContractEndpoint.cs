using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

public sealed record CreateContractRequest(Guid? NeedId, ContractTermsInput? Terms);

internal sealed class CreateContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/contracts", async (CreateContractRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var contract = await sender.Send(new CreateContractCommand(
                    body.NeedId ?? throw Validation.Fail("needId", "Say which need the contract is for."),
                    body.Terms ?? throw Validation.Fail("terms", "Give the contract's terms.")), cancellationToken);
                return TypedResults.Created($"/api/contracts/{contract.Id}", contract);
            })
            .WithTags("Learner contracts")
            .WithName("CreateContract")
            .WithSummary("The learner's line manager drafts a learning contract for a need with a selected solution. Learning outcomes are copied from the need when omitted, cost from the option.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
