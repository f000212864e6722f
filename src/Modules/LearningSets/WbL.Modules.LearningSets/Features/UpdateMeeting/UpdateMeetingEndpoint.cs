using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.UpdateMeeting;

public sealed record AirTimeRequest(Guid? MemberId, int? Minutes);

public sealed record PresentationRequest(
    Guid? MemberId, string? Problem, string? Background, string? Approach, string? QuestionsAsked, string? CommittedAction, string? AccountOfLastAction);

public sealed record UpdateMeetingRequest(
    int Version, IReadOnlyList<Guid>? Attendance, IReadOnlyList<AirTimeRequest>? AirTimeMinutes, IReadOnlyList<PresentationRequest>? Presentations, string? MainPoints);

internal sealed class UpdateMeetingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/meetings/{id:guid}", async (Guid id, UpdateMeetingRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateMeetingCommand(
                    id,
                    body.Version,
                    body.Attendance ?? [],
                    (body.AirTimeMinutes ?? []).Select(entry => new AirTimeEntry(entry?.MemberId ?? Guid.Empty, entry?.Minutes ?? 0)).ToList(),
                    (body.Presentations ?? []).Select(entry => new PresentationEntry(
                        entry?.MemberId ?? Guid.Empty,
                        (entry?.Problem ?? "").Trim(),
                        (entry?.Background ?? "").Trim(),
                        (entry?.Approach ?? "").Trim(),
                        (entry?.QuestionsAsked ?? "").Trim(),
                        (entry?.CommittedAction ?? "").Trim(),
                        (entry?.AccountOfLastAction ?? "").Trim())).ToList(),
                    (body.MainPoints ?? "").Trim()), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("UpdateMeeting")
            .WithSummary("Records a meeting: attendance, air time per member, presentations (problem, background, approach, questions asked, committed action, account of the last action) and main points. The set's facilitator, HR or the meeting's coordinator write it all; a member changes only the committed action and account of their own presentation (403 otherwise). Members only among the set's members.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
