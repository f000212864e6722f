using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.UpdateSolutionType;

public sealed record UpdateSolutionTypeRequest(string? Name, bool? Active, int Version);

internal sealed class UpdateSolutionTypeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/solution-types/{code}", async (string code, UpdateSolutionTypeRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateSolutionTypeCommand(code, body.Name ?? "", body.Active, body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("UpdateSolutionType")
            .WithSummary("Rename a solution type or retire it (active=false): retired types stay on existing records but are not offered for new ones. HR only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
