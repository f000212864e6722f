using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.UpdateOption;

public sealed record UpdateSolutionOptionRequest(
    string? SolutionType,
    string? Description,
    Guid? OfferingId,
    int? KnowledgeRating,
    string? KnowledgeNote,
    int? SkillRating,
    string? SkillNote,
    int? BehaviourRating,
    string? BehaviourNote,
    int? TransferRating,
    int? SustainabilityRating,
    decimal? Cost,
    decimal? HoursAway,
    Guid? LearningSetId,
    int Version);

internal sealed class UpdateOptionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/solution-options/{id:guid}", async (Guid id, UpdateSolutionOptionRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateOptionCommand(
                    id, body.SolutionType ?? "", body.Description ?? "", body.OfferingId, body.KnowledgeRating, body.KnowledgeNote, body.SkillRating,
                    body.SkillNote, body.BehaviourRating, body.BehaviourNote, body.TransferRating, body.SustainabilityRating, body.Cost, body.HoursAway,
                    body.LearningSetId, body.Version), cancellationToken)))
            .WithTags("Solution selection")
            .WithName("UpdateSolutionOption")
            .WithSummary("The line manager edits an option and its appraisal until a contract is agreed; a missing learningSetId removes the option's link to a set. Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
