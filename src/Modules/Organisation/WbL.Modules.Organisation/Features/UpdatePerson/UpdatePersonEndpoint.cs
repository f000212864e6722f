using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.UpdatePerson;

public sealed record UpdatePersonRequest(
    string DisplayName,
    string Email,
    string? JobTitle,
    Guid OrgUnitId,
    Guid? ManagerId,
    IReadOnlyList<string>? Roles,
    bool? Active,
    string? Password,
    int Version);

internal sealed class UpdatePersonEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/people/{id:guid}", async (Guid id, UpdatePersonRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdatePersonCommand(
                    id, body.DisplayName ?? "", body.Email ?? "", body.JobTitle, body.OrgUnitId, body.ManagerId,
                    body.Roles ?? [], body.Active ?? true, body.Password, body.Version), cancellationToken)))
            .WithTags("Organisation")
            .WithName("UpdatePerson")
            .WithSummary("Edit a person: details, reporting line, roles, active flag, password reset. Admin only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
