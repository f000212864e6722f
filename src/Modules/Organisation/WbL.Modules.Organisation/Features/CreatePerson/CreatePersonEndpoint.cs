using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.CreatePerson;

public sealed record CreatePersonRequest(
    string DisplayName,
    string Email,
    string? JobTitle,
    Guid OrgUnitId,
    Guid? ManagerId,
    IReadOnlyList<string>? Roles,
    bool? Active,
    string? Password);

internal sealed class CreatePersonEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/people", async (CreatePersonRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var person = await sender.Send(new CreatePersonCommand(
                    body.DisplayName ?? "", body.Email ?? "", body.JobTitle, body.OrgUnitId, body.ManagerId,
                    body.Roles ?? [], body.Active ?? true, body.Password), cancellationToken);
                return TypedResults.Created($"/api/people/{person.Id}", person);
            })
            .WithTags("Organisation")
            .WithName("CreatePerson")
            .WithSummary("Add a person, optionally with an initial password. Admin only.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
