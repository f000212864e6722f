using System.Net;
using System.Text.Json;
using Xunit.Sdk;

namespace WbL.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new XunitException($"Expected {(int)expected} {expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} but got {(int)response.StatusCode}: {body}");
        }
    }

    public static async Task<T> ReadAs<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await response.ShouldHaveStatus(expected);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>Asserts a problem+json response and returns its field errors (empty when none).</summary>
    public static async Task<Dictionary<string, string[]>> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldHaveStatus(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>(Json)!
            : [];
    }

    /// <summary>Asserts a problem of the given status and type, e.g. a 409 that reloading will not cure.</summary>
    public static async Task ShouldBeProblemOfType(this HttpResponseMessage response, HttpStatusCode expected, string type)
    {
        await response.ShouldHaveStatus(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Equal(type, problem.GetProperty("type").GetString());
    }
}
