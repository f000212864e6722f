using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.UpdateLearningSet;

public sealed record UpdateLearningSetRequest(string? Name, string? Purpose, string? MeetingCadence, string? Status, int Version);

internal sealed class UpdateLearningSetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/learning-sets/{id:guid}", async (Guid id, UpdateLearningSetRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateLearningSetCommand(id, body.Name ?? "", body.Purpose ?? "", body.MeetingCadence ?? "",
                    body.Status ?? "", body.Version), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("UpdateLearningSet")
            .WithSummary("The set's facilitator or HR changes its name, purpose and meeting cadence and moves its status forward: Forming, Running, Closed. A closed set no longer changes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
