using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.UpdateDevelopmentNeed;

public sealed record UpdateDevelopmentNeedRequest(
    string? Title,
    IReadOnlyList<string>? LearningOutcomes,
    string? PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    string? Origin,
    bool? IsPrivate,
    string? Priority,
    IReadOnlyList<string>? CompetencyTags,
    int Version);

internal sealed class UpdateDevelopmentNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/development-needs/{id:guid}", async (Guid id, UpdateDevelopmentNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateDevelopmentNeedCommand(
                    id, body.Title ?? "", body.LearningOutcomes ?? [], body.PerformanceImprovement ?? "", body.TargetRole, body.BusinessNeedId,
                    body.Origin ?? "", body.IsPrivate ?? false, body.Priority ?? "", body.CompetencyTags ?? [], body.Version), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("UpdateDevelopmentNeed")
            .WithSummary("Edit an open development need: the line manager, or the learner while their proposal awaits confirmation. Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
