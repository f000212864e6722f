using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

public sealed record SolutionOptionRequest(
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
    Guid? LearningSetId);

internal sealed class AddOptionEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/development-needs/{id:guid}/options", async (Guid id, SolutionOptionRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var option = await sender.Send(new AddOptionCommand(
                    id, body.SolutionType ?? "", body.Description ?? "", body.OfferingId, body.KnowledgeRating, body.KnowledgeNote, body.SkillRating,
                    body.SkillNote, body.BehaviourRating, body.BehaviourNote, body.TransferRating, body.SustainabilityRating, body.Cost, body.HoursAway, body.LearningSetId),
                    cancellationToken);
                return TypedResults.Created($"/api/solution-options/{option.Id}", option);
            })
            .WithTags("Solution selection")
            .WithName("AddSolutionOption")
            .WithSummary("The learner's line manager adds a solution option for a need, with its appraisal (ratings may follow later). An action learning set option may name a set that is forming or running (learningSetId).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
