using System.Globalization;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Errors;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentPlan;

internal sealed class GetDevelopmentPlanEndpoint : IEndpoint
{
    // Indented so that a person can read the file they take away; camelCase like the API.
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/people/{id:guid}/plan", async (Guid id, string? format, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                format is null
                    ? (IResult)TypedResults.Ok(await sender.Send(new GetDevelopmentPlanQuery(id), cancellationToken))
                    : await ExportAsync(id, format, http, sender, cancellationToken))
            .WithTags("Needs identification")
            .WithName("GetDevelopmentPlan")
            .WithSummary("A person's development plan: needs with outcomes, status and history. ?format=json|html downloads the portable export.")
            .Produces<DevelopmentPlanResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/people/{id:guid}/plan/export", async (Guid id, string? format, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
                await ExportAsync(id, format ?? "json", http, sender, cancellationToken))
            .WithTags("Needs identification")
            .WithName("ExportDevelopmentPlan")
            .WithSummary("The portable development plan to take to a new job: format=json (machine-readable) or format=html (a printable page).")
            .Produces<DevelopmentPlanResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ExportAsync(Guid id, string format, HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        if (format is not ("json" or "html"))
        {
            throw Validation.Fail("format", "Format must be json or html.");
        }
        var plan = await sender.Send(new GetDevelopmentPlanQuery(id), cancellationToken);
        var fileName = $"development-plan-{Slug(plan.Learner.DisplayName)}-{plan.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        if (format == "html")
        {
            http.Response.Headers.ContentSecurityPolicy = PlanHtml.ContentSecurityPolicy;
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}.html\"";
            return TypedResults.Content(PlanHtml.Render(plan), "text/html; charset=utf-8");
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(plan, ExportJson);
        return TypedResults.File(json, "application/json", fileName + ".json");
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var character in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-') is { Length: > 0 } text ? text : "learner";
    }
}
