using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

internal sealed class ListContractsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts", async (Guid? learnerId, string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListContractsQuery(learnerId, status, limit, after), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("ListContracts")
            .WithSummary("Without learnerId: the contracts the caller is party to (own, direct reports', mentored). With learnerId: that learner's contracts, for anyone who may see their records (their line, HR, Admin; 404 otherwise). Filtered by status, paged with limit/after.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
}
