using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.EnrolNeeds;

public sealed record EnrolNeedsRequest(IReadOnlyList<Guid>? NeedIds);

internal sealed class EnrolNeedsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/corporate-programmes/{id:guid}/enrolments", async (Guid id, EnrolNeedsRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new EnrolNeedsCommand(id, body.NeedIds ?? []), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("EnrolNeeds")
            .WithSummary("HR enrols identified needs in a programme (all or none): each gets the programme as its selected option and moves to solution selected.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
