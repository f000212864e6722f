using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.NeedsIdentification.Features.ListLearnerNeeds;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

internal sealed class ListDevelopmentNeedsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/development-needs", async (Guid? learnerId, string? status, int? limit, string? after, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(learnerId is { } learner
                    ? await sender.Send(new ListLearnerNeedsQuery(learner, status, limit, after), cancellationToken)
                    : await sender.Send(new ListDevelopmentNeedsQuery(status, limit, after), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("ListDevelopmentNeeds")
            .WithSummary("Development needs by title: one learner's (learnerId), or all the caller may see. status filters (Open = not yet finished). " +
                "Private aspirations the caller may not see are counted in hiddenPrivate, never listed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
