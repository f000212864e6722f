using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.UpdateBusinessNeed;

public sealed record UpdateBusinessNeedRequest(
    string? Title,
    string? BusinessObjective,
    string? MeasureName,
    string? MeasureUnit,
    decimal? BaselineValue,
    decimal? TargetValue,
    string? Priority,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? Status,
    int Version);

internal sealed class UpdateBusinessNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/business-needs/{id:guid}", async (Guid id, UpdateBusinessNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new UpdateBusinessNeedCommand(
                    id, body.Title ?? "", body.BusinessObjective ?? "", body.MeasureName ?? "", body.MeasureUnit ?? "",
                    body.BaselineValue, body.TargetValue, body.Priority ?? "", body.PeriodStart, body.PeriodEnd,
                    body.Status ?? BusinessNeedStatuses.Open, body.Version), cancellationToken)))
            .WithTags("Needs identification")
            .WithName("UpdateBusinessNeed")
            .WithSummary("Edit a business need, including its status (Open, Achieved, Closed). Send the version you read.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
