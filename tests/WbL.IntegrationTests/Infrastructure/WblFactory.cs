using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace WbL.IntegrationTests.Infrastructure;

/// <summary>The whole app over HTTP on a fresh SQLite file, with a bootstrap admin and a controllable clock.</summary>
public class WblFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@wbl.test";
    public const string AdminPassword = "Admin-Password-1";
    public const string DefaultPassword = "Person-Password-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wbl-tests", Guid.NewGuid().ToString("N"));

    /// <summary>False for a second instance sharing another factory's database: the first one cleans up.</summary>
    private readonly bool _ownsDatabase = true;

    public WblFactory()
    {
        SqlServerConnectionString = Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable) is { Length: > 0 } server
            ? new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(server) { InitialCatalog = $"wbl_test_{Guid.NewGuid():N}" }.ConnectionString
            : null;
    }

    /// <summary>Another instance of the app on the same database (and clock) as <paramref name="first"/>.</summary>
    protected WblFactory(WblFactory first)
    {
        _folder = first._folder;
        _ownsDatabase = false;
        Clock = first.Clock;
        SqlServerConnectionString = first.SqlServerConnectionString;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "wbl.db");

    protected virtual int LoginAttemptsPerMinute => 10_000;

    /// <summary>
    /// The same suite runs against SQL Server when WBL_TEST_SQLSERVER holds a connection string:
    /// each factory gets its own database, created by the migrator.
    /// </summary>
    public string? SqlServerConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        if (SqlServerConnectionString is { } sqlServer)
        {
            builder.UseSetting("ConnectionStrings:Wbl", sqlServer);
            builder.UseSetting("Database:Provider", "SqlServer");
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Wbl", $"Data Source={DatabasePath}");
            builder.UseSetting("Database:Provider", "Sqlite");
        }
        builder.UseSetting("Wbl:SeedDemoData", "false");
        builder.UseSetting("Wbl:BootstrapAdmin:Email", AdminEmail);
        builder.UseSetting("Wbl:BootstrapAdmin:Password", AdminPassword);
        builder.UseSetting("Wbl:Auth:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A browser-like client: keeps cookies and echoes the XSRF token on unsafe methods.</summary>
    public ApiClient NewClient(bool sendAntiforgeryHeader = true)
    {
        var cookies = new CookieContainer();
        var baseAddress = new Uri("https://localhost");
        var http = CreateDefaultClient(baseAddress, new XsrfHeaderHandler(cookies, baseAddress, sendAntiforgeryHeader), new CookieContainerHandler(cookies));
        http.BaseAddress = baseAddress;
        return new ApiClient(http, cookies, baseAddress);
    }

    public async Task<ApiClient> SignInAsync(string email, string password = DefaultPassword)
    {
        var client = NewClient();
        var response = await client.Http.PostAsJsonAsync("/api/auth/login", new { email, password });
        await response.ShouldHaveStatus(HttpStatusCode.OK);
        return client;
    }

    public Task<ApiClient> SignInAsAdminAsync() => SignInAsync(AdminEmail, AdminPassword);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsDatabase)
        {
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (SqlServerConnectionString is { } sqlServer)
        {
            SqlServerTestDatabase.Drop(sqlServer);
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS to clean from the temp folder.
        }
    }
}

public sealed record ApiClient(HttpClient Http, CookieContainer Cookies, Uri BaseAddress)
{
    public string? Cookie(string name) => Cookies.GetCookies(BaseAddress)[name]?.Value;
}

internal sealed class XsrfHeaderHandler(CookieContainer cookies, Uri baseAddress, bool enabled) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var safe = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;
        var token = cookies.GetCookies(baseAddress)["XSRF-TOKEN"]?.Value;
        if (enabled && !safe && token is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", token);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
