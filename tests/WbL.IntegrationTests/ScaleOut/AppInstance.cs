using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.Insights;

namespace WbL.IntegrationTests.ScaleOut;

/// <summary>
/// One instance of the app as a load balancer would see it: several of these share one database, one clock and one
/// SMTP server, and each runs the reminder rounds the test asks for. Instances after the first start with
/// <c>Wbl:MigrateOnStart=false</c>, as production's do once the migrate command has run.
/// </summary>
public sealed class AppInstance : WblFactory
{
    private readonly bool _first;

    public AppInstance(TestSmtpServer smtp)
    {
        Smtp = smtp;
        _first = true;
    }

    private AppInstance(AppInstance first) : base(first)
    {
        Smtp = first.Smtp;
    }

    public TestSmtpServer Smtp { get; }

    /// <summary>Another instance on this one's database.</summary>
    public AppInstance Another() => new(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:MigrateOnStart", _first ? "true" : "false");
        builder.UseSetting("Wbl:Reminders:Enabled", "false");
        builder.UseSetting("Wbl:PublicUrl", ReminderFactory.PublicUrl);
        builder.UseSetting("Wbl:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Wbl:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Wbl:Smtp:From", "reminders@wbl.example");
    }

    /// <summary>A browser that was talking to another instance and is now routed to this one, cookies and all.</summary>
    public ApiClient Continue(ApiClient browser)
    {
        var http = CreateDefaultClient(browser.BaseAddress, new XsrfHeaderHandler(browser.Cookies, browser.BaseAddress, enabled: true),
            new CookieContainerHandler(browser.Cookies));
        http.BaseAddress = browser.BaseAddress;
        return browser with { Http = http };
    }
}
