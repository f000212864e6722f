using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.CreateOrgUnit;

public sealed record CreateOrgUnitRequest(string Name, string Kind, Guid? ParentId);

internal sealed class CreateOrgUnitEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/org-units", async (CreateOrgUnitRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var unit = await sender.Send(new CreateOrgUnitCommand(body.Name ?? "", body.Kind ?? "", body.ParentId), cancellationToken);
                return TypedResults.Created($"/api/org-units/{unit.Id}", unit);
            })
            .WithTags("Organisation")
            .WithName("CreateOrgUnit")
            .WithSummary("Create an org unit (organisation, department or team). Admin only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
