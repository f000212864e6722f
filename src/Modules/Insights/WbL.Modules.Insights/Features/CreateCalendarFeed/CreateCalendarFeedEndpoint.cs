using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.CreateCalendarFeed;

internal sealed class CreateCalendarFeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/calendar-feed", async (HttpContext http, ISender sender, CancellationToken cancellationToken) =>
            {
                var site = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
                return TypedResults.Ok(await sender.Send(new CreateCalendarFeedCommand(site), cancellationToken));
            })
            .WithTags("Calendar feed")
            .WithName("CreateCalendarFeed")
            .WithSummary("Creates the caller's secret calendar feed link (an iCalendar of their progress and impact review dates), or replaces it: "
                + "the old link stops working. The link is returned this once; keep it private, anyone holding it can read the dates.");
}
