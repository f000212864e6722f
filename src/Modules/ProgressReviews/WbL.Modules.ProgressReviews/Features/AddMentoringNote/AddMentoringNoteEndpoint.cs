using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.ProgressReviews.Features.AddMentoringNote;

public sealed record AddMentoringNoteRequest(string? Note);

internal sealed class AddMentoringNoteEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/progress-reviews/{id:guid}/mentoring-notes", async (Guid id, AddMentoringNoteRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var note = await sender.Send(new AddMentoringNoteCommand(id, body.Note ?? ""), cancellationToken);
                return TypedResults.Created($"/api/progress-reviews/{id}", note);
            })
            .WithTags("Progress reviews")
            .WithName("AddMentoringNote")
            .WithSummary("The contract's mentor adds a mentoring note to a review; notes are kept in order and never edited.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
