using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.GetLearningSet;

internal sealed class GetLearningSetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetLearningSetQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("GetLearningSet")
            .WithSummary("One action learning set with its facilitator, members (name, job title), status, size warnings and whether the caller manages it. HR, Admin, its facilitator and its members; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
