using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.GetMeeting;

internal sealed class GetMeetingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetMeetingQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("GetMeeting")
            .WithSummary("One learning set meeting with its coordinator, attendance, air time, presentations, main points and agenda. HR, Admin, the set's facilitator and members; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
