using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.GetProviderOutcomes;

internal sealed class GetProviderOutcomesEndpoint : IEndpoint
{
    // A literal segment, so it wins over /reports/{name}.
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports/provider-outcomes", async (Guid? providerId, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProviderOutcomesQuery(providerId), cancellationToken)))
            .WithTags("Reports")
            .WithName("GetProviderOutcomes")
            .WithSummary("A provider's outcome record across the caller's organisation (HR and Admin only): agreed contracts with its offerings, "
                + "how many completed or were withdrawn, and the averages of the completed impact reviews (ROI %, benefit-cost ratio, transfer rating).")
            .Produces<ProviderOutcomesResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
