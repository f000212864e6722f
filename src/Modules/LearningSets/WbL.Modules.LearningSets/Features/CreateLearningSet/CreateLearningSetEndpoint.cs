using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.CreateLearningSet;

public sealed record CreateLearningSetRequest(string? Name, string? Purpose, Guid? FacilitatorId, string? MeetingCadence, IReadOnlyList<Guid>? MemberIds);

internal sealed class CreateLearningSetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learning-sets", async (CreateLearningSetRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var set = await sender.Send(new CreateLearningSetCommand(body.Name ?? "", body.Purpose ?? "", body.FacilitatorId ?? Guid.Empty,
                    body.MeetingCadence ?? "", body.MemberIds ?? []), cancellationToken);
                return TypedResults.Created($"/api/learning-sets/{set.Id}", set);
            })
            .WithTags("Action learning sets")
            .WithName("CreateLearningSet")
            .WithSummary("HR or a facilitator forms an action learning set: name, purpose, facilitator (an active person with the Facilitator role; a facilitator who is not HR forms sets they run), meeting cadence and members (active people, not the facilitator). It starts Forming; outside 4 to 8 members the response carries a warning.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
