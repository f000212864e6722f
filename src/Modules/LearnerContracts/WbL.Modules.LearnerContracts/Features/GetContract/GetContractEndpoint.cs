using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.GetContract;

internal sealed class GetContractEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetContractQuery(id), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("GetContract")
            .WithSummary("A contract with the version in force and the one being drafted or signed. The learner, their line, HR, Admin and the contract's mentor.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
