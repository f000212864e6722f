using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.DeleteEvidenceFile;

internal sealed class DeleteEvidenceFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/evidence-files/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeleteEvidenceFileCommand(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithTags("Progress reviews")
            .WithName("DeleteEvidenceFile")
            .WithSummary("The person who attached an evidence file removes it, while the review is still scheduled.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
