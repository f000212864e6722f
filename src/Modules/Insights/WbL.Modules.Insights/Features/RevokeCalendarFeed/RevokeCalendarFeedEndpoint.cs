using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.RevokeCalendarFeed;

internal sealed class RevokeCalendarFeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/calendar-feed", async (ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RevokeCalendarFeedCommand(), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithTags("Calendar feed")
            .WithName("RevokeCalendarFeed")
            .WithSummary("Revokes the caller's calendar feed link; calendars using it get 404 from now on.");
}
