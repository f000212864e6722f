using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Insights.Features.GetReport;

internal sealed class GetReportEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/reports/{name}", async (string name, DateOnly? from, DateOnly? to, Guid? departmentId, string? groupBy, string? format,
                ISender sender, CancellationToken cancellationToken) =>
            {
                if (format is not (null or "json" or "csv"))
                {
                    throw Validation.Fail("format", "Format must be json or csv.");
                }
                var report = await sender.Send(new GetReportQuery(name, from, to, departmentId, groupBy), cancellationToken);
                if (format != "csv")
                {
                    return (IResult)TypedResults.Ok(report);
                }
                var fileName = $"{report.Name}-{report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
                return TypedResults.File(Encoding.UTF8.GetBytes(ReportCsv.Write(report)), "text/csv; charset=utf-8", fileName);
            })
            .WithTags("Reports")
            .WithName("GetReport")
            .WithSummary("One HR report over the caller's organisation (HR and Admin only): columns, rows and a chart hint. Filters: from and to "
                + "(inclusive dates), departmentId (a department of the organisation), groupBy=month|quarter (spend report). format=csv downloads "
                + "the same rows as CSV with the column labels as header. Private aspirations are counted, never named.")
            // One 200 with both media types: a second Produces for text/csv alone would replace the JSON schema.
            .Produces<ReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
