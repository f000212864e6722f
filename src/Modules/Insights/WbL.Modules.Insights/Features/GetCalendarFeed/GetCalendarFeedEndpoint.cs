using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.GetCalendarFeed;

internal sealed class GetCalendarFeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/calendar-feed", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCalendarFeedQuery(), cancellationToken)))
            .WithTags("Calendar feed")
            .WithName("GetCalendarFeed")
            .WithSummary("Whether the caller has a calendar feed link, and when it was made. The link itself is only shown when it is created.");
}
