using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.ListMyNotifications;

internal sealed class ListMyNotificationsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/notifications", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListMyNotificationsQuery(limit, after), cancellationToken)))
            .WithTags("Notifications")
            .WithName("ListMyNotifications")
            .WithSummary("The caller's reminders, newest first: a progress review, impact review or idea that became due or overdue, once each. "
                + "unread counts every unread notification, not only this page's. Paged with limit/after.")
            .ProducesValidationProblem();
}
