using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

public sealed record BusinessNeedRequest(
    Guid OrgUnitId,
    string? Title,
    string? BusinessObjective,
    string? MeasureName,
    string? MeasureUnit,
    decimal? BaselineValue,
    decimal? TargetValue,
    string? Priority,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd);

internal sealed class CreateBusinessNeedEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/business-needs", async (BusinessNeedRequest body, ISender sender, CancellationToken cancellationToken) =>
            {
                var need = await sender.Send(new CreateBusinessNeedCommand(
                    body.OrgUnitId, body.Title ?? "", body.BusinessObjective ?? "", body.MeasureName ?? "", body.MeasureUnit ?? "",
                    body.BaselineValue, body.TargetValue, body.Priority ?? Priorities.Medium, body.PeriodStart, body.PeriodEnd), cancellationToken);
                return TypedResults.Created($"/api/business-needs/{need.Id}", need);
            })
            .WithTags("Needs identification")
            .WithName("CreateBusinessNeed")
            .WithSummary("Record a business development need from a unit's business plan. HR for any unit; managers for the units they lead.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
