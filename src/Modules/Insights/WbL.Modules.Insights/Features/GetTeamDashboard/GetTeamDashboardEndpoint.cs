using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.GetTeamDashboard;

internal sealed class GetTeamDashboardEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/people/{id:guid}/team/dashboard", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetTeamDashboardQuery(id), cancellationToken)))
            .WithTags("Insights")
            .WithName("GetTeamDashboard")
            .WithSummary("A manager's direct reports with their development figures — budget committed in contracts in force, benefit realised in recorded impact reviews, progress reviews held on time — and the team's totals. Visible to the manager, managers above them, HR and Admin; 404 for anyone else.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
