using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.ListOpenLearningSets;

/// <summary>A set in the catalogue of joinable sets: how many members, not who.</summary>
public sealed record OpenLearningSetResponse(
    Guid Id,
    string Name,
    string Purpose,
    string MeetingCadence,
    string Status,
    string FacilitatorName,
    int MemberCount);

internal sealed class ListOpenLearningSetsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learning-sets/open", async (int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListOpenLearningSetsQuery(limit, after), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("ListOpenLearningSets")
            .WithSummary("The catalogue of joinable action learning sets (forming or running) by name, with purpose, cadence, facilitator and member count but no member names. Any signed-in user. Paged with limit/after.")
            .ProducesValidationProblem();
}
