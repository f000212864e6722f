using System.Text.Json;

namespace WbL.IntegrationTests.Fuzz;

public sealed record FuzzParameter(string Name, string In, bool Required, string? Type, string? Format);

/// <summary>One operation of the OpenAPI document, with what the fuzzer needs to build requests for it.</summary>
public sealed record FuzzOperation(string Method, string Path, IReadOnlyList<FuzzParameter> Parameters, string? BodyContentType, JsonElement? BodySchema)
{
    public bool HasJsonBody => BodyContentType == "application/json";

    /// <summary>A raw upload (a CSV import, an evidence file): the body is the file, not JSON.</summary>
    public bool HasRawBody => BodyContentType is not null && !HasJsonBody;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads operations and schemas from the served document, so a new endpoint is fuzzed the moment it is mapped.</summary>
public sealed class FuzzDocument(JsonElement schemas, IReadOnlyList<FuzzOperation> operations)
{
    public IReadOnlyList<FuzzOperation> Operations { get; } = operations;

    public static FuzzDocument Read(JsonElement document)
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = new List<FuzzParameter>();
                if (operation.Value.TryGetProperty("parameters", out var declared))
                {
                    foreach (var parameter in declared.EnumerateArray())
                    {
                        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
                        parameters.Add(new FuzzParameter(
                            parameter.GetProperty("name").GetString()!,
                            parameter.GetProperty("in").GetString()!,
                            parameter.TryGetProperty("required", out var required) && required.GetBoolean(),
                            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) ? type.GetString() : null,
                            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null));
                    }
                }
                string? contentType = null;
                JsonElement? bodySchema = null;
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    // JSON when the operation takes it; otherwise the first declared media type of the raw upload.
                    var chosen = body.GetProperty("content").EnumerateObject()
                        .OrderBy(entry => entry.Name == "application/json" ? 0 : 1)
                        .First();
                    contentType = chosen.Name;
                    bodySchema = chosen.Value.TryGetProperty("schema", out var schema) ? schema : null;
                }
                operations.Add(new FuzzOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, contentType, bodySchema));
            }
        }
        return new FuzzDocument(schemas, operations);
    }

    /// <summary>Follows <c>$ref</c> and the single-entry <c>allOf</c> the document uses for nullable references.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
            {
                schema = allOf[0];
            }
            else
            {
                return schema;
            }
        }
        return schema;
    }

    public static string? TypeOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    public static string? FormatOf(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static bool IsNullable(JsonElement schema) =>
        schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean();

    public static IReadOnlySet<string> RequiredOf(JsonElement schema) =>
        schema.TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(name => name.GetString()!).ToHashSet()
            : new HashSet<string>();
}
