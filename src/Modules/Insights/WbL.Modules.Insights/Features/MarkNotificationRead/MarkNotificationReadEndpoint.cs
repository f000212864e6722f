using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.MarkNotificationRead;

internal sealed class MarkNotificationReadEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/notifications/{id:guid}/read", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new MarkNotificationReadCommand(id), cancellationToken)))
            .WithTags("Notifications")
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the caller's notifications read (again: no change). Another person's notification is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
