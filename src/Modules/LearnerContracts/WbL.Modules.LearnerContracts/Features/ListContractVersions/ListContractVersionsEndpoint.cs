using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.ListContractVersions;

internal sealed class ListContractVersionsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts/{id:guid}/versions", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListContractVersionsQuery(id), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("ListContractVersions")
            .WithSummary("Every version of a contract's terms, oldest first, with who signed each and when.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
