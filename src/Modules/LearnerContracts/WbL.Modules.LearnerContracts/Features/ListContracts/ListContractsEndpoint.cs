using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

internal sealed class ListContractsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/contracts", async (string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListContractsQuery(status, limit, after), cancellationToken)))
            .WithTags("Learner contracts")
            .WithName("ListContracts")
            .WithSummary("Contracts the caller is party to (own, direct reports', mentored), filtered by status. Paged with limit/after.")
            .ProducesValidationProblem();
}
