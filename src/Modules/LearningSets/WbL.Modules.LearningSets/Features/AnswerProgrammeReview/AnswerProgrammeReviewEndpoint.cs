using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.AnswerProgrammeReview;

/// <summary>
/// A programme review answer: the value (Poor, Fair, Good, Excellent), strengths, issues (TimePressure, SetMakeUp,
/// ManagementSupport, Other) with a note, and — from members and sponsoring managers only — whether the member achieved
/// their goal and started a second phase.
/// </summary>
public sealed record AnswerProgrammeReviewRequest(
    int Version, string? ValueRating, string? Strengths, IReadOnlyList<string>? Issues, string? IssuesNote, bool? AchievedGoal, bool? StartedSecondPhase);

internal sealed class AnswerProgrammeReviewEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/programme-review-responses/{id:guid}", async (Guid id, AnswerProgrammeReviewRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AnswerProgrammeReviewCommand(
                    id,
                    body.Version,
                    body.ValueRating ?? "",
                    body.Strengths ?? "",
                    (body.Issues ?? []).Select(issue => issue ?? "").ToList(),
                    body.IssuesNote ?? "",
                    body.AchievedGoal,
                    body.StartedSecondPhase), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("AnswerProgrammeReview")
            .WithSummary("The respondent answers (or changes their answer to) a programme review response: valueRating, strengths (≤ 4000), issues (each once; Other needs an issuesNote, ≤ 4000) and, required of members and sponsoring managers and refused from the facilitator, achievedGoal and startedSecondPhase. Send the version you read (stale → 409). Anyone but the respondent gets 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
