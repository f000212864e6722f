using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.ListReports;

internal sealed class ListReportsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListReportsQuery(), cancellationToken)))
            .WithTags("Reports")
            .WithName("ListReports")
            .WithSummary("The HR reports there are, with the filters each takes. HR and Admin only.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
