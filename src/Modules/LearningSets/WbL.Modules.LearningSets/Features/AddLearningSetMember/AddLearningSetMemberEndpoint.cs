using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.AddLearningSetMember;

public sealed record AddLearningSetMemberRequest(Guid? PersonId, int Version);

internal sealed class AddLearningSetMemberEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learning-sets/{id:guid}/members", async (Guid id, AddLearningSetMemberRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AddLearningSetMemberCommand(id, body.PersonId ?? Guid.Empty, body.Version), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("AddLearningSetMember")
            .WithSummary("The set's facilitator or HR adds an active person as a member; not to a closed set, not the facilitator, not someone already in it. Returns the set.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
