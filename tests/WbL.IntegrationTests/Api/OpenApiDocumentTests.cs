using System.Text.Json;
using System.Text.Json.Nodes;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Api;

/// <summary>
/// The SPA's API types are generated from client/openapi.json. This keeps that file equal to
/// what the server really serves; run with WBL_UPDATE_OPENAPI=true to rewrite it, then
/// `npm run api:generate` in client/.
/// </summary>
public sealed class OpenApiDocumentTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Client_copy_of_the_openapi_document_is_current()
    {
        var served = await factory.NewClient().Http.GetStringAsync("/swagger/v1/swagger.json");
        var normalised = JsonNode.Parse(served)!.ToJsonString(Indented) + "\n";
        var path = Path.Combine(RepositoryRoot(), "client", "openapi.json");

        if (string.Equals(Environment.GetEnvironmentVariable("WBL_UPDATE_OPENAPI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllTextAsync(path, normalised);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with WBL_UPDATE_OPENAPI=true.");
        var committed = await File.ReadAllTextAsync(path);
        Assert.True(committed == normalised,
            "client/openapi.json is out of date with the API: run `WBL_UPDATE_OPENAPI=true dotnet test --filter OpenApiDocumentTests` and then `npm run api:generate` in client/.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WbL.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("WbL.sln not found above the test folder.");
    }
}
