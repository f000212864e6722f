using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.ListMeetings;

internal sealed class ListMeetingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets/{id:guid}/meetings", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMeetingsQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("ListMeetings")
            .WithSummary("A set's meetings, oldest first, and suggestedCoordinatorId: the member who has coordinated least (ties: longest ago or never, then by name). HR, Admin, its facilitator and its members; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
