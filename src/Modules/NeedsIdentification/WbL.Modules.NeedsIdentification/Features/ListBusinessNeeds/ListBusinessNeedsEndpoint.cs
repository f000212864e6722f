using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.ListBusinessNeeds;

internal sealed class ListBusinessNeedsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/business-needs", async (Guid? orgUnitId, string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListBusinessNeedsQuery(orgUnitId, status, limit, after), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("ListBusinessNeeds")
            .WithSummary("Business needs the caller may read, by title; filter by unit and status. Paged with limit/after.")
            .ProducesValidationProblem();
}
