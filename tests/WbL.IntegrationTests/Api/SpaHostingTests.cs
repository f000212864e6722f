using System.Net;
using Microsoft.AspNetCore.Hosting;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Api;

/// <summary>The host serves the built SPA and sends client-side routes to its index page.</summary>
public sealed class SpaHostingTests : IClassFixture<SpaHostingTests.WithBuiltSpa>
{
    private readonly WithBuiltSpa _factory;

    public SpaHostingTests(WithBuiltSpa factory) => _factory = factory;

    public sealed class WithBuiltSpa : WblFactory
    {
        public string WebRoot { get; } = Directory.CreateTempSubdirectory("wbl-webroot").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            File.WriteAllText(Path.Combine(WebRoot, "index.html"), "<!doctype html><title>WbL</title><div id=\"root\"></div>");
            Directory.CreateDirectory(Path.Combine(WebRoot, "assets"));
            File.WriteAllText(Path.Combine(WebRoot, "assets", "app.js"), "console.log('wbl');");
            builder.UseSetting(WebHostDefaults.WebRootKey, WebRoot);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/people")]
    [InlineData("/sign-in")]
    public async Task Client_routes_fall_back_to_the_index_page(string path)
    {
        var response = await _factory.NewClient().Http.GetAsync(path);

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_assets_are_served_as_files()
    {
        var response = await _factory.NewClient().Http.GetAsync("/assets/app.js");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal("console.log('wbl');", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_routes_never_fall_back_to_the_index_page()
    {
        var response = await _factory.NewClient().Http.GetAsync("/api/does-not-exist");

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
