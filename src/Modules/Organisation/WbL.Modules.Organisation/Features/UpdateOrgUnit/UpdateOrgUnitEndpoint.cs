using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.UpdateOrgUnit;

public sealed record UpdateOrgUnitRequest(string Name, string Kind, Guid? ParentId, int Version);

internal sealed class UpdateOrgUnitEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/org-units/{id:guid}", async (Guid id, UpdateOrgUnitRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateOrgUnitCommand(id, body.Name ?? "", body.Kind ?? "", body.ParentId, body.Version), cancellationToken)))
            .WithTags("Organisation")
            .WithName("UpdateOrgUnit")
            .WithSummary("Rename or move an org unit. Admin only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
