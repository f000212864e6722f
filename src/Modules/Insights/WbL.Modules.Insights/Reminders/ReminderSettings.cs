using Microsoft.Extensions.Configuration;

namespace WbL.Modules.Insights.Reminders;

/// <summary>
/// How often the reminder round runs (<c>Wbl:Reminders:IntervalMinutes</c>), whether this instance runs it at all
/// (<c>Wbl:Reminders:Enabled</c>), and the site address that e-mailed links point at (<c>Wbl:PublicUrl</c>).
/// </summary>
internal sealed record ReminderSettings(bool Enabled, TimeSpan Interval, TimeSpan LeaseDuration, Uri PublicUrl)
{
    public const string LeaseName = "reminders";

    public static ReminderSettings From(IConfiguration configuration)
    {
        var minutes = Math.Clamp(configuration.GetValue("Wbl:Reminders:IntervalMinutes", 15), 1, 24 * 60);
        var publicUrl = Uri.TryCreate(configuration["Wbl:PublicUrl"], UriKind.Absolute, out var url) ? url : new Uri("http://localhost:5000");
        // The lease outlives one round comfortably; a crashed holder's lease lapses before the next interval ends.
        return new ReminderSettings(configuration.GetValue("Wbl:Reminders:Enabled", true), TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(Math.Max(minutes, 5)), publicUrl);
    }

    public string Absolute(string link) => new Uri(PublicUrl, link).ToString();
}

/// <summary>
/// The SMTP server reminders are e-mailed through (<c>Wbl:Smtp:Host</c>, <c>Port</c>, <c>From</c>, optional <c>User</c> and
/// <c>Password</c>, <c>UseTls</c>). Without a host, reminders stay in-app only.
/// </summary>
internal sealed record SmtpSettings(string? Host, int Port, string From, string? User, string? Password, bool UseTls)
{
    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration configuration) => new(
        configuration["Wbl:Smtp:Host"],
        configuration.GetValue("Wbl:Smtp:Port", 25),
        configuration["Wbl:Smtp:From"] is { Length: > 0 } from ? from : "wbl@localhost",
        configuration["Wbl:Smtp:User"] is { Length: > 0 } user ? user : null,
        configuration["Wbl:Smtp:Password"],
        configuration.GetValue("Wbl:Smtp:UseTls", false));
}
