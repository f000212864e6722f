using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.CreateMeeting;

public sealed record CreateMeetingRequest(DateOnly? HeldOn, string? Mode, Guid? CoordinatorId);

internal sealed class CreateMeetingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learning-sets/{id:guid}/meetings", async (Guid id, CreateMeetingRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var meeting = await sender.Send(new CreateMeetingCommand(id, body.HeldOn ?? default, body.Mode ?? "", body.CoordinatorId), cancellationToken);
                return TypedResults.Created($"/api/meetings/{meeting.Id}", meeting);
            })
            .WithTags("Action learning sets")
            .WithName("CreateMeeting")
            .WithSummary("The set's facilitator or HR records a meeting of a set that is not closed: date, mode (InPerson, Phone, Video) and coordinator (a member; when omitted, the member suggested by rotation). The agenda holds one item per member who committed to an action at the previous meeting. A forming set starts running.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
