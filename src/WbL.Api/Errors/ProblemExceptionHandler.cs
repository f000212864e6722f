using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WbL.SharedKernel.Errors;

namespace WbL.Api.Errors;

/// <summary>
/// Turns every exception into RFC 9457 problem details. Anything a client sent wrong is a 4xx;
/// only our own faults are 500, and those never leak their details.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation))
            {
                Title = "Some fields need attention.",
                Status = StatusCodes.Status400BadRequest,
            },
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
            // Both are 409; the type tells a client whether reloading helps (stale) or not (state).
            ConcurrencyConflictException conflict => Problem(StatusCodes.Status409Conflict, "The record was changed by someone else.", conflict.Message, StaleVersionType),
            StateConflictException state => Problem(StatusCodes.Status409Conflict, "Not possible in the record's current state.", state.Message, StateConflictType),
            LengthRequiredException lengthRequired => Problem(StatusCodes.Status411LengthRequired, "Say how large the upload is.", lengthRequired.Message),
            PayloadTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large.", tooLarge.Message),
            UnsupportedMediaTypeException unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, "This kind of file cannot be attached.", unsupported.Message),
            SignInRequiredException signInRequired => Problem(StatusCodes.Status401Unauthorized, "Not signed in.", signInRequired.Message),
            SignInFailedException signIn => Problem(StatusCodes.Status401Unauthorized, "Sign-in failed.", signIn.Message),
            AntiforgeryValidationException => Problem(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token.",
                "Send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header."),
            BadHttpRequestException { InnerException: JsonException json } when UnknownMember(json) is { } member =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [member] = ["This request has no such member."] })
                {
                    Title = "The request could not be read.",
                    Detail = $"The body has a member '{member}' that this endpoint does not accept.",
                    Status = StatusCodes.Status400BadRequest,
                },
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, "The request could not be read.", Describe(badRequest)),
            _ => Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", null),
        };

        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
        }
        else
        {
            logger.LogInformation("Refused {Method} {Path} with {Status}: {Reason}", http.Request.Method, http.Request.Path, problem.Status, exception.Message);
        }

        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public const string StaleVersionType = "/problems/stale-version";

    public const string StateConflictType = "/problems/state-conflict";

    private static ProblemDetails Problem(int status, string title, string? detail, string? type = null) =>
        new() { Status = status, Title = title, Detail = detail, Type = type };

    private static string Describe(BadHttpRequestException exception) =>
        exception.InnerException is JsonException
            ? "The request body is not valid JSON for this endpoint."
            : exception.Message;

    /// <summary>
    /// The member named by System.Text.Json's unmapped-member error, as a path the client sent ("status",
    /// "terms.roles"); the exception's own message names server types, so it is not passed on.
    /// </summary>
    internal static string? UnknownMember(JsonException exception) =>
        exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) && exception.Path is { Length: > 2 } path
            ? path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path
            : null;

    /// <summary>Field names as the client sent them: camelCase, with list indexes kept.</summary>
    internal static Dictionary<string, string[]> FieldErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(failure => CamelCasePath(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

    internal static string CamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
