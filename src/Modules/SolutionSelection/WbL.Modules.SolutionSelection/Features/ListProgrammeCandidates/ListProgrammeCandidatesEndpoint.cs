using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.ListProgrammeCandidates;

internal sealed class ListProgrammeCandidatesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/corporate-programmes/candidates", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListProgrammeCandidatesQuery(), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("ListProgrammeCandidates")
            .WithSummary("Clusters of identified needs without a selected solution that share a competency tag, at or above the threshold " +
                "(Wbl:CorporateProgrammes:CandidateThreshold, default 3), largest first, with the managers to consult. HR only; private aspirations never appear.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
