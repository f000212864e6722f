using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using WbL.SharedKernel.Data;

namespace WbL.Api.Hosting;

internal static class DataProtectionSetup
{
    /// <summary>
    /// Keeps the key ring in the database, so that every instance behind a load balancer reads the cookies and
    /// antiforgery tokens the others made; the fixed application name keeps the protectors' purposes equal across
    /// instances installed under different paths.
    /// </summary>
    public static IServiceCollection AddWblDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("WbL");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>()));
        return services;
    }
}

/// <summary>The data protection key ring as rows of <c>sys_data_protection_keys</c>, one XML element each.</summary>
internal sealed class DatabaseXmlRepository(IDbConnectionFactory connections, TimeProvider clock) : IXmlRepository
{
    private const string AllSql = "SELECT xml FROM sys_data_protection_keys ORDER BY created_at, id";

    private const string InsertSql = """
        INSERT INTO sys_data_protection_keys (id, friendly_name, xml, created_at)
        VALUES (@Id, @FriendlyName, @Xml, @CreatedAt)
        """;

    // The key manager calls these synchronously, rarely (at start and when the ring is refreshed), off any request's context.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return connection.Query<string>(AllSql).Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        connection.Execute(InsertSql, new
        {
            Id = Guid.CreateVersion7(),
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = clock.GetUtcNow(),
        });
    }
}
