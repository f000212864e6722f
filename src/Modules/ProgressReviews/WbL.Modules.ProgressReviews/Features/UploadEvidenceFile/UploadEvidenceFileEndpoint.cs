using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.ProgressReviews.Evidence;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.UploadEvidenceFile;

internal sealed class UploadEvidenceFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/progress-reviews/{id:guid}/evidence", async (Guid id, int outcome, string fileName, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                var file = await sender.Send(
                    new UploadEvidenceFileCommand(id, outcome, fileName, request.ContentType, request.ContentLength, request.Body), cancellationToken);
                return TypedResults.Created($"/api/evidence-files/{file.Id}", file);
            })
            .WithTags("Progress reviews")
            .WithName("UploadEvidenceFile")
            .WithSummary("The learner or their line manager attaches a file to one learning outcome (?outcome=<index>&fileName=<name>) of a scheduled review. "
                + "The body is the raw file (not multipart) with its own Content-Type and a Content-Length: PDF, PNG, JPEG, plain text (UTF-8), "
                + "Word, Excel or PowerPoint; at most Wbl:Evidence:MaxFileBytes (10 MB unless configured) and 20 files a review.")
            // The allowed types document the body; "*/*" keeps routing from answering 415 itself, before the caller's
            // session is checked and without saying why. The handler refuses any other type with a problem that does.
            .Accepts<Stream>(EvidenceFileTypes.ContentTypes[0], [.. EvidenceFileTypes.ContentTypes.Skip(1), "*/*"])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status411LengthRequired)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
