using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Api;

public sealed class HostTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_a_session(string path)
    {
        var response = await factory.NewClient().Http.GetAsync(path);

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem_not_the_spa()
    {
        var admin = await factory.SignInAsAdminAsync();

        await (await admin.Http.GetAsync("/api/no-such-thing")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_document_is_served_as_openapi_3()
    {
        var document = await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("WbL API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Security_relevant_cookies_are_http_only_and_same_site_strict()
    {
        var client = factory.NewClient();

        var response = await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword });

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies, cookie => cookie.StartsWith("wbl.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        var xsrf = Assert.Single(cookies, cookie => cookie.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        Assert.DoesNotContain("httponly", xsrf, StringComparison.OrdinalIgnoreCase);
    }
}
