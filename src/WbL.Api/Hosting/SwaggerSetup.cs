using Microsoft.OpenApi;

namespace WbL.Api.Hosting;

internal static class SwaggerSetup
{
    public static IServiceCollection AddWblSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "WbL API",
                Version = "v1",
                Description = "Manager-supported work-based learning: from business need to measured impact. "
                    + "Cookie authentication; unsafe methods need the X-XSRF-TOKEN header.",
            });
            options.CustomSchemaIds(SchemaId);
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
        });
        return services;
    }

    /// <summary>Readable, stable names for generic types: Page&lt;PersonResponse&gt; becomes PersonResponsePage.</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
            : type.Name;
}
