using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

public sealed record DevelopmentNeedRequest(
    Guid? LearnerId,
    string? Title,
    IReadOnlyList<string>? LearningOutcomes,
    string? PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    Guid? DiscussionId,
    string? Origin,
    bool? IsPrivate,
    string? Priority,
    IReadOnlyList<string>? CompetencyTags);

internal sealed class CreateDevelopmentNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/development-needs", async (DevelopmentNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var need = await sender.Send(new CreateDevelopmentNeedCommand(
                    body.LearnerId ?? throw Validation.Fail("learnerId", "Say whose need this is."), body.Title ?? "", body.LearningOutcomes ?? [], body.PerformanceImprovement ?? "", body.TargetRole,
                    body.BusinessNeedId, body.DiscussionId, body.Origin ?? "", body.IsPrivate ?? false, body.Priority ?? Priorities.Medium,
                    body.CompetencyTags ?? []), cancellationToken);
                return TypedResults.Created($"/api/development-needs/{need.Id}", need);
            })
            .WithTags("Needs identification")
            .WithName("CreateDevelopmentNeed")
            .WithSummary("Record an individual development need (line manager), or propose a personal aspiration for yourself (learner; the manager confirms it).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
