using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class CatalogueDocumentTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_document_describes_the_provider_register_routes_under_one_tag()
    {
        var document = await factory.NewClient().Http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Route: $"{operation.Name.ToUpperInvariant()} {path.Name}", Operation: operation.Value)))
            .ToDictionary(entry => entry.Route, entry => entry.Operation);

        string[] expected =
        [
            "GET /api/solution-types", "POST /api/solution-types", "PUT /api/solution-types/{code}",
            "GET /api/providers", "POST /api/providers", "GET /api/providers/{id}", "PUT /api/providers/{id}",
            "GET /api/providers/{id}/offerings", "POST /api/providers/{id}/offerings",
            "GET /api/offerings", "GET /api/offerings/{id}", "PUT /api/offerings/{id}",
        ];
        Assert.All(expected, route =>
        {
            Assert.True(operations.TryGetValue(route, out var operation), $"{route} is not in the document");
            Assert.Equal("Solution selection", operation.GetProperty("tags")[0].GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        });
    }
}
