using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.LearningSets.Features.GetProgrammeReviewAnswer;

internal sealed class GetProgrammeReviewAnswerEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programme-review-responses/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProgrammeReviewAnswerQuery(id), cancellationToken)))
            .WithTags("Action learning sets")
            .WithName("GetProgrammeReviewAnswer")
            .WithSummary("One programme review response with what its respondent answered so far and whether the goal questions are asked of them (members and sponsoring managers, about the member named). Its respondent only; anyone else gets 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
