using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Security;

/// <summary>
/// Function-level access (OWASP API5): read from the app's own endpoint data source, every mapped endpoint either
/// requires authorization or is anonymous by name, and the OpenAPI document describes exactly what is mapped.
/// </summary>
public sealed partial class FunctionLevelAccessTests(WblFactory factory) : IClassFixture<WblFactory>
{
    // Who may call without a session, and why: signing in, the sign-in page's options and the SSO round trip;
    // the calendar feed, whose secret token is the credential; the probes a load balancer calls (any method, not
    // in the document). The OIDC callback is the authentication handler's path, not an endpoint.
    private static readonly string[] AnonymousAllowList =
    [
        "POST /api/auth/login",
        "GET /api/auth/options",
        "GET /api/auth/oidc/login",
        "GET /api/calendar/{token}.ics",
        "* /health/live",
        "* /health/ready",
    ];

    // Mapped but deliberately not in the document: unknown API routes answer a 404 problem; other routes serve the SPA.
    private static readonly string[] UndocumentedAllowList = ["* /api/{**path}", "GET /{*path:nonfile}", "HEAD /{*path:nonfile}"];

    [Fact]
    public void Every_endpoint_requires_authorization_unless_it_is_anonymous_by_name()
    {
        var endpoints = Endpoints();
        Assert.NotEmpty(endpoints);

        // AllowAnonymous wins over the /api group's RequireAuthorization, so an endpoint is open when it carries
        // AllowAnonymous or no authorization data at all; the open set must be exactly the allow-list.
        var open = endpoints
            .Where(endpoint => endpoint.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Endpoint.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(endpoint => endpoint.Route)
            .Where(route => !UndocumentedAllowList.Contains(route))
            .Order()
            .ToList();
        Assert.Equal(AnonymousAllowList.Order(), open);

        var protectedCount = endpoints.Count(endpoint => endpoint.Endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null);
        Assert.True(protectedCount > 100, $"Only {protectedCount} endpoints require authorization: the endpoint data source was not read as expected.");
    }

    [Fact]
    public async Task Every_mapped_endpoint_is_in_the_openapi_document_and_every_operation_is_mapped()
    {
        var mapped = Endpoints()
            .Where(endpoint => endpoint.Endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(endpoint => endpoint.Route)
            .Where(route => !route.StartsWith("* /health/", StringComparison.Ordinal) && !UndocumentedAllowList.Contains(route))
            .ToHashSet();
        var excluded = Endpoints()
            .Where(endpoint => endpoint.Endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true })
            .Select(endpoint => endpoint.Route)
            .ToHashSet();
        var document = await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();

        Assert.True(excluded.All(UndocumentedAllowList.Contains), "Hidden from the document but not allow-listed:\n" + string.Join('\n', excluded.Where(route => !UndocumentedAllowList.Contains(route))));
        Assert.True(mapped.SetEquals(documented),
            "Mapped, not documented:\n" + string.Join('\n', mapped.Except(documented).Order()) + "\nDocumented, not mapped:\n" + string.Join('\n', documented.Except(mapped).Order()));
    }

    /// <summary>"METHOD /pattern" for each route endpoint, route constraints dropped as the document drops them.</summary>
    private List<(string Route, RouteEndpoint Endpoint)> Endpoints()
    {
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => ($"{method} /{Pattern(endpoint.RoutePattern.RawText ?? "")}", endpoint)))
            .ToList();
    }

    private static string Pattern(string raw)
    {
        var trimmed = raw.Trim('/');
        return trimmed.Contains("**", StringComparison.Ordinal) || trimmed.Contains(":nonfile", StringComparison.Ordinal)
            ? trimmed
            : Constraint().Replace(trimmed, "{$1}");
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]+)\}")]
    private static partial Regex Constraint();
}
