using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.RecordOneToOne;

/// <summary>Version 0 (or left out) records the first one-to-one; afterwards send the version you read.</summary>
public sealed record RecordOneToOneRequest(DateOnly? HeldOn, string? DevelopmentProject, string? ReframedProject, string? Notes, int? Version);

internal sealed class RecordOneToOneEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/learning-sets/{id:guid}/members/{personId:guid}/one-to-one",
                async (Guid id, Guid personId, RecordOneToOneRequest body, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(new RecordOneToOneCommand(id, personId, body.HeldOn ?? default, body.DevelopmentProject ?? "",
                        body.ReframedProject ?? "", body.Notes ?? "", body.Version ?? 0), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("RecordOneToOne")
            .WithSummary("The set's facilitator or HR records a member's one-to-one before the first meeting: when it was held (not in the future), the member's development project as they describe it, the project reframed into something achievable, and notes. Version 0 (or none) records the first; afterwards send the version you read (stale → 409). A member gets 403; someone who is not a member of the set → 404; a closed set → 409 state-conflict.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
