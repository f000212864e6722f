using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace WbL.Api.Hosting;

/// <summary>
/// Tells clients which properties are always there, so generated types are not all optional:
/// every property of a response is always sent (nulls included); a request property is
/// required unless its type admits null. A property holding another schema by reference says
/// whether it may be null by wrapping the reference (OpenAPI 3.0 puts no "nullable" beside a $ref).
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties)
        {
            return;
        }
        var isResponse = context.Type.Name.EndsWith("Response", StringComparison.Ordinal)
            || context.Type.Name.StartsWith("Page`", StringComparison.Ordinal);
        if (!isResponse && !context.Type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            return;
        }
        concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, property) in properties.ToList())
        {
            var admitsNull = property.Type is { } type && type.HasFlag(JsonSchemaType.Null);
            if (property is OpenApiSchemaReference reference && IsNullable(context.Type, name))
            {
                properties[name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
                admitsNull = true;
            }
            if (isResponse || !admitsNull)
            {
                concrete.Required.Add(name);
            }
        }
    }

    private static readonly NullabilityInfoContext Nullability = new();

    private static bool IsNullable(Type type, string jsonName)
    {
        var property = type.GetProperty(jsonName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is not null && Nullability.Create(property).ReadState == NullabilityState.Nullable;
    }
}
