using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.Modules.Insights.Reminders;

namespace WbL.IntegrationTests.Insights;

public sealed record Notification(Guid Id, string Title, string Link, string State, DateOnly DueOn, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, DateTimeOffset? EmailedAt);

public sealed record NotificationPage(Notification[] Items, string? Next, int Unread);

public sealed record CalendarFeed(bool Exists, DateTimeOffset? CreatedAt);

public sealed record CalendarFeedLink(string Url, DateTimeOffset CreatedAt);

/// <summary>
/// The app with its own reminder rounds switched off, so that each test runs them itself, and e-mail going to a real
/// SMTP server on loopback.
/// </summary>
public sealed class ReminderFactory : WblFactory
{
    public const string PublicUrl = "https://wbl.example";

    public TestSmtpServer Smtp { get; } = TestSmtpServer.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:Reminders:Enabled", "false");
        builder.UseSetting("Wbl:PublicUrl", PublicUrl);
        builder.UseSetting("Wbl:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Wbl:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Wbl:Smtp:From", "reminders@wbl.example");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Smtp.Dispose();
    }
}

internal static class ReminderArrange
{
    public static async Task<ReminderRoundResult> RoundAsync(this WblFactory factory, string holder = "test-instance")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRound>().RunAsync(holder, CancellationToken.None);
    }

    public static void Today(this WblFactory factory, int year, int month, int day) =>
        factory.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public static async Task<NotificationPage> NotificationsAsync(this ApiClient client, string query = "") =>
        await (await client.Http.GetAsync($"/api/me/notifications{query}")).ReadAs<NotificationPage>();

    /// <summary>Signs in afresh: moving the clock by weeks ends the sessions signed in before.</summary>
    public static async Task<Notification[]> NotificationsOfAsync(this WblFactory factory, Person person, string linkPrefix) =>
        await (await factory.SignInAsync(person.Email)).NotificationsAboutAsync(linkPrefix);

    public static async Task<NotificationPage> NotificationPageOfAsync(this WblFactory factory, Person person, string query = "") =>
        await (await factory.SignInAsync(person.Email)).NotificationsAsync(query);

    public static async Task<Notification[]> NotificationsAboutAsync(this ApiClient client, string linkPrefix) =>
        (await client.NotificationsAsync("?limit=200")).Items.Where(notification => notification.Link.StartsWith(linkPrefix, StringComparison.Ordinal)).ToArray();
}
