using System.Net;
using System.Text;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Api;

/// <summary>
/// Walks every operation in the OpenAPI document, so that a new endpoint is covered the
/// moment it is mapped: no session → 401; a malformed body → 400, never 500.
/// </summary>
public sealed class OpenApiWalkTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private static readonly string[] Anonymous = ["/api/auth/login", "/api/auth/options", "/api/auth/oidc/login"];

    [Fact]
    public async Task Every_endpoint_but_sign_in_answers_401_without_a_session()
    {
        var client = factory.NewClient();
        var operations = await OperationsAsync();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        foreach (var (method, path, _) in operations.Where(operation => !Anonymous.Contains(operation.Path)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(path))
            {
                Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await client.Http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{method} {path} answered {(int)response.StatusCode}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_endpoint_with_a_body_answers_400_problem_to_malformed_json()
    {
        var caller = await SignInWithEveryRoleAsync();
        var operations = (await OperationsAsync()).Where(operation => operation.HasBody).ToList();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        foreach (var (method, path, _) in operations)
        {
            foreach (var body in new[] { "{ \"name\": ", "not json at all", "[1, 2, 3]", "{\"version\": \"seven\", \"parentId\": \"not-a-guid\"}" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(path))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                var response = await caller.Http.SendAsync(request);
                var contentType = response.Content.Headers.ContentType?.MediaType;
                if (response.StatusCode != HttpStatusCode.BadRequest || contentType != "application/problem+json")
                {
                    failures.Add($"{method} {path} with {body} answered {(int)response.StatusCode} {contentType}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_document_describes_the_organisation_routes()
    {
        var operations = await OperationsAsync();

        string[] expected =
        [
            "POST /api/auth/login", "POST /api/auth/logout", "GET /api/auth/me",
            "GET /api/org-units", "POST /api/org-units", "GET /api/org-units/{id}", "PUT /api/org-units/{id}",
            "GET /api/people", "POST /api/people", "GET /api/people/{id}", "PUT /api/people/{id}", "GET /api/people/{id}/team",
        ];
        var actual = operations.Select(operation => $"{operation.Method} {operation.Path}").ToHashSet();
        Assert.All(expected, route => Assert.Contains(route, actual));
    }

    /// <summary>
    /// Someone holding every grantable role, so that no role check (Admin-only, HR-only) answers
    /// 403 before a well-formed JSON body with the wrong fields reaches validation.
    /// </summary>
    private async Task<ApiClient> SignInWithEveryRoleAsync()
    {
        var admin = await factory.SignInAsAdminAsync();
        var units = await admin.Http.GetFromJsonAsync<Page<OrgUnit>>("/api/org-units?limit=200", HttpAssertions.Json);
        var organisation = units!.Items.First(unit => unit.Kind == "Organisation");
        var person = await admin.CreatePersonAsync("Walk Everyrole", organisation.Id, roles: [.. WbL.SharedKernel.Authorization.Roles.Grantable]);
        return await factory.SignInAsync(person.Email);
    }

    private async Task<List<(string Method, string Path, bool HasBody)>> OperationsAsync()
    {
        var client = factory.NewClient();
        var document = await client.Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var operations = new List<(string, string, bool)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name, operation.Value.TryGetProperty("requestBody", out _)));
            }
        }
        return operations;
    }

    private static string Concrete(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]+\\}", Guid.NewGuid().ToString());
}
