using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.ProgressReviews.Evidence;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.DownloadEvidenceFile;

internal sealed class DownloadEvidenceFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/evidence-files/{id:guid}", async (Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                var file = await sender.Send(new DownloadEvidenceFileQuery(id), cancellationToken);
                // Always a download, never rendered in the app's origin, and never guessed to be something else (HTML, script).
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "private, no-store";
                // The result sends the stream and then disposes it, closing the database handle before the request's connection goes.
                return TypedResults.Stream(file.Content, EvidenceFileTypes.ServedAs(file.ContentType), file.FileName);
            })
            .WithTags("Progress reviews")
            .WithName("DownloadEvidenceFile")
            .WithSummary("An evidence file as it was uploaded, as an attachment with its file name and content type. "
                + "The learner, their line, HR, Admin and the contract's mentor.")
            .Produces<Stream>(StatusCodes.Status200OK, EvidenceFileTypes.ContentTypes[0], [.. EvidenceFileTypes.ContentTypes.Skip(1)])
            .ProducesProblem(StatusCodes.Status404NotFound);
}
