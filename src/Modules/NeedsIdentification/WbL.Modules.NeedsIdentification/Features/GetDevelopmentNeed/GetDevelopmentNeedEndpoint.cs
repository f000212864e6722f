using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentNeed;

internal sealed class GetDevelopmentNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/development-needs/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetDevelopmentNeedQuery(id), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("GetDevelopmentNeed")
            .WithSummary("One development need with its outcomes and history. The learner and their reporting line, HR and Admin; a private aspiration only the learner and their manager.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
