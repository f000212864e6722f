using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.DownloadCalendar;

internal sealed class DownloadCalendarEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calendar/{token}.ics", async (string token, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
            {
                var site = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
                var ics = await sender.Send(new DownloadCalendarQuery(token, site), cancellationToken);
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Text(ics, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .WithTags("Calendar feed")
            .WithName("DownloadCalendar")
            .WithSummary("The iCalendar feed of the token's owner: their progress review dates and impact review windows, as learner, manager "
                + "and mentor, each an all-day event with a stable UID. No session: the secret token is the credential. Unknown or revoked → 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
