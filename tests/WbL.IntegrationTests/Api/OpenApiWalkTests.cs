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
    // The calendar feed is fetched by calendar apps without a session: its secret token is the credential.
    private static readonly string[] Anonymous = ["/api/auth/login", "/api/auth/options", "/api/auth/oidc/login", "/api/calendar/{token}.ics"];

    [Fact]
    public async Task Every_endpoint_but_sign_in_answers_401_without_a_session()
    {
        var client = factory.NewClient();
        var operations = await OperationsAsync();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        foreach (var (method, path, _, _) in operations.Where(operation => !Anonymous.Contains(operation.Path)))
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
        var caller = await factory.SignInAsAdminAsync();
        var operations = (await OperationsAsync()).Where(operation => operation.HasBody).ToList();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        foreach (var (method, path, _, typedProperty) in operations)
        {
            string[] bodies = ["{ \"name\": ", "not json at all", "[1, 2, 3]"];
            // Words where a number or an id belongs are malformed only for a body that has such a field.
            foreach (var body in typedProperty is null ? bodies : [.. bodies, $"{{\"{typedProperty}\": \"not-a-number-or-id\"}}"])
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

    [Fact]
    public async Task A_property_holding_another_schema_says_whether_it_may_be_null()
    {
        var schemas = (await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas");

        var contract = schemas.GetProperty("ContractResponse");
        var inForce = contract.GetProperty("properties").GetProperty("inForce");
        Assert.True(inForce.GetProperty("nullable").GetBoolean());
        Assert.Equal("#/components/schemas/ContractVersionResponse", inForce.GetProperty("allOf")[0].GetProperty("$ref").GetString());
        // A response always carries it, null or not.
        Assert.Contains("inForce", contract.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        // A request may leave a nullable part out; a part that may not be null stays a plain, required reference.
        var update = schemas.GetProperty("UpdateProgressReviewRequest");
        Assert.DoesNotContain("learner", update.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        var review = schemas.GetProperty("ProgressReviewResponse").GetProperty("properties");
        Assert.True(review.GetProperty("can").TryGetProperty("$ref", out _));
    }

    private async Task<List<(string Method, string Path, bool HasBody, string? TypedProperty)>> OperationsAsync()
    {
        var client = factory.NewClient();
        var document = await client.Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = new List<(string, string, bool, string?)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var hasBody = operation.Value.TryGetProperty("requestBody", out var requestBody);
                string? typedProperty = null;
                // A raw upload (a file as the body) has no JSON to type; it is still sent malformed JSON and must refuse it with a 400.
                if (hasBody
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    && json.GetProperty("schema").TryGetProperty("$ref", out var reference)
                    && schemas.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("properties", out var properties))
                {
                    typedProperty = properties.EnumerateObject()
                        .Where(property => property.Value.TryGetProperty("format", out var format) && format.GetString() is "uuid" or "int32")
                        .Select(property => property.Name)
                        .FirstOrDefault();
                }
                operations.Add((operation.Name.ToUpperInvariant(), path.Name, hasBody, typedProperty));
            }
        }
        return operations;
    }

    private static string Concrete(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]+\\}", Guid.NewGuid().ToString());
}
