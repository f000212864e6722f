using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.CreateSolutionType;

public sealed record SolutionTypeRequest(string? Code, string? Name);

internal sealed class CreateSolutionTypeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/solution-types", async (SolutionTypeRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var type = await sender.Send(new CreateSolutionTypeCommand(body.Code?.Trim() ?? "", body.Name ?? ""), cancellationToken);
                return TypedResults.Created($"/api/solution-types/{type.Code}", type);
            })
            .WithTags("Solution selection")
            .WithName("CreateSolutionType")
            .WithSummary("Add a kind of solution to the end of the list. HR only; the code (PascalCase letters) must be new.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
