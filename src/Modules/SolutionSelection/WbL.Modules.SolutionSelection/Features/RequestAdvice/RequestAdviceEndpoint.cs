using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.RequestAdvice;

public sealed record RequestAdviceRequest(Guid? NeedId, IReadOnlyList<string>? Topics, string? Question);

internal sealed class RequestAdviceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/advice-requests", async (RequestAdviceRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var request = await sender.Send(new RequestAdviceCommand(
                    body.NeedId ?? throw Validation.Fail("needId", "Say which need the advice is for."), body.Topics ?? [], body.Question ?? ""), cancellationToken);
                return TypedResults.Created($"/api/advice-requests/{request.Id}", request);
            })
            .WithTags("Solution selection")
            .WithName("RequestAdvice")
            .WithSummary("The learner's line manager asks HR for advice on a need (topics: PolicyImplications, PreferredSuppliers, SolutionResearch).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
