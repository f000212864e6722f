using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.AnswerAdviceRequest;

public sealed record AnswerAdviceRequestRequest(string? Answer, IReadOnlyList<Guid>? RecommendedOfferingIds, int Version);

internal sealed class AnswerAdviceRequestEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/advice-requests/{id:guid}/response", async (Guid id, AnswerAdviceRequestRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new AnswerAdviceRequestCommand(id, body.Answer ?? "", body.RecommendedOfferingIds ?? [], body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("AnswerAdviceRequest")
            .WithSummary("HR answers an advice request, optionally recommending offerings from the provider register. HR only; send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
