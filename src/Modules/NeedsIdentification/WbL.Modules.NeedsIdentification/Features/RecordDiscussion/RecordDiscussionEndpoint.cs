using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.RecordDiscussion;

public sealed record IdentifiedNeedRequest(
    string? Title,
    IReadOnlyList<string>? LearningOutcomes,
    string? PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    string? Origin,
    bool? IsPrivate,
    string? Priority,
    IReadOnlyList<string>? CompetencyTags);

public sealed record RecordDiscussionRequest(
    Guid? LearnerId,
    string? Kind,
    DateOnly? HeldOn,
    string? Summary,
    IReadOnlyList<string>? AgreedOutcomes,
    DateOnly? NextDiscussionOn,
    IReadOnlyList<IdentifiedNeedRequest>? IdentifiedNeeds);

internal sealed class RecordDiscussionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/discussions", async (RecordDiscussionRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var needs = (body.IdentifiedNeeds ?? []).Select(need => new IdentifiedNeed(
                    need.Title ?? "", need.LearningOutcomes ?? [], need.PerformanceImprovement ?? "", need.TargetRole, need.BusinessNeedId,
                    need.Origin ?? "", need.IsPrivate ?? false, need.Priority ?? Priorities.Medium, need.CompetencyTags ?? [])).ToList();
                var discussion = await sender.Send(new RecordDiscussionCommand(
                    body.LearnerId ?? throw Validation.Fail("learnerId", "Say who the discussion was with."), body.Kind ?? DiscussionKinds.OneToOne, body.HeldOn, body.Summary ?? "", body.AgreedOutcomes ?? [],
                    body.NextDiscussionOn, needs), cancellationToken);
                return TypedResults.Created($"/api/discussions/{discussion.Id}", discussion);
            })
            .WithTags("Needs identification")
            .WithName("RecordDiscussion")
            .WithSummary("The line manager records a 1:1 development discussion and, in the same step, the needs it identified (all or nothing).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
