using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.ListPeople;

internal sealed class ListPeopleEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people", async (string? q, Guid? orgUnitId, Guid? managerId, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPeopleQuery(q, orgUnitId, managerId, limit, after), cancellationToken)))
            .WithTags("Organisation")
            .WithName("ListPeople")
            .WithSummary("The people directory sorted by name; q matches name or e-mail. Paged with limit/after.")
            .ProducesValidationProblem();
}
