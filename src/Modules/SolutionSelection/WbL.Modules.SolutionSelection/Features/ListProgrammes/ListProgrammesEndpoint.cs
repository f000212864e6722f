using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammes;

internal sealed class ListProgrammesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/corporate-programmes", async (string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListProgrammesQuery(status, limit, after), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListProgrammes")
            .WithSummary("Corporate programmes by title, filtered by status. HR, managers and Admin. Paged with limit/after.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
