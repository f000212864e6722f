using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Auth;

public sealed class SingleSignOnTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private sealed record SignInOptions(bool Password, bool SingleSignOn);

    [Fact]
    public async Task Without_an_authority_single_sign_on_is_off()
    {
        var client = factory.NewClient();

        var options = await (await client.Http.GetAsync("/api/auth/options")).ReadAs<SignInOptions>();

        Assert.True(options.Password);
        Assert.False(options.SingleSignOn);
        await (await client.Http.GetAsync("/api/auth/oidc/login")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_authority_switches_on_the_openid_connect_scheme()
    {
        using var withSso = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Oidc:Authority", "https://login.example.test/tenant");
            builder.UseSetting("Auth:Oidc:ClientId", "wbl");
            builder.UseSetting("Auth:Oidc:ClientSecret", "secret");
        });

        var schemes = withSso.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var options = await withSso.CreateClient().GetFromJsonAsync<SignInOptions>("/api/auth/options", HttpAssertions.Json);

        Assert.NotNull(await schemes.GetSchemeAsync("OpenIdConnect"));
        Assert.True(options!.SingleSignOn);
    }
}
