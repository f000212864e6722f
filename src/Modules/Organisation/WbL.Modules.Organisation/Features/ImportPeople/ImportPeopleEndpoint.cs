using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.ImportPeople;

internal sealed class ImportPeopleEndpoint : IEndpoint
{
    public const string RefusedType = "/problems/import-has-errors";

    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/people/import", async Task<Results<Ok<PeopleImportResponse>, ProblemHttpResult>> (
                HttpRequest request, ISender sender, CancellationToken cancellationToken, bool dryRun = true) =>
            {
                if (dryRun)
                {
                    return TypedResults.Ok(await sender.Send(new ImportPeopleQuery(request.ContentType, request.ContentLength, request.Body), cancellationToken));
                }
                try
                {
                    return TypedResults.Ok(await sender.Send(new ImportPeopleCommand(request.ContentType, request.ContentLength, request.Body), cancellationToken));
                }
                catch (PeopleImportRefusedException refused)
                {
                    return TypedResults.Problem(
                        refused.Message,
                        statusCode: StatusCodes.Status422UnprocessableEntity,
                        title: "The file has rows that need attention.",
                        type: RefusedType,
                        extensions: new Dictionary<string, object?> { ["report"] = refused.Report });
                }
            })
            .WithTags("Organisation")
            .WithName("ImportPeople")
            .WithSummary("Import people and org units from an HRIS export (CSV). Admin only. The body is the CSV file itself (not multipart), "
                + "Content-Type text/csv, UTF-8, at most Wbl:Import:MaxFileBytes (5 MB unless configured) and Wbl:Import:MaxRows rows (10,000). "
                + "Columns (header names ignore case, spaces, dashes and underscores): email, displayName (or firstName and lastName), orgUnit "
                + "(a path from the organisation, e.g. \"Brightwater Housing/Property Services/Repairs\"; missing departments and teams are created), "
                + "and optionally jobTitle, managerEmail (anyone in WbL or in the file), roles (HR, Admin, Facilitator separated by ; or |) and active "
                + "(true/false, blank is true). People are matched by e-mail. ?dryRun=true (the default) reports what each row would do and writes nothing; "
                + "?dryRun=false applies the whole file in one transaction, or refuses it with 422 and the same report while any row has an error.")
            // "*/*" keeps routing from answering 415 itself, before the caller's session is checked and without saying why;
            // the handler refuses other types with a 400 that does.
            .Accepts<string>(ImportPeopleHandler.ContentTypes[0], [.. ImportPeopleHandler.ContentTypes.Skip(1), "*/*"])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
