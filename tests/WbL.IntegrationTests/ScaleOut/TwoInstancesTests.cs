using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.Insights;
using WbL.IntegrationTests.ProgressReviews;

namespace WbL.IntegrationTests.ScaleOut;

/// <summary>Two app instances on one database behave as one app behind a load balancer without sticky sessions.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task A_session_and_an_antiforgery_token_made_on_one_instance_are_accepted_by_the_other()
    {
        using var smtp = TestSmtpServer.Start();
        using var first = new AppInstance(smtp);
        using var second = first.Another();
        var onFirst = await first.SignInAsAdminAsync();
        Assert.NotNull(onFirst.Cookie("XSRF-TOKEN"));

        var onSecond = second.Continue(onFirst);

        await (await onSecond.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
        // An unsafe method: the second instance reads the first one's antiforgery cookie token and checks the header against it.
        var unit = await onSecond.CreateUnitAsync("Made on the second instance", "Organisation", null);
        var seenByFirst = await onFirst.Http.GetAsync($"/api/org-units/{unit.Id}");
        await seenByFirst.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_instance_with_keys_of_its_own_cannot_read_the_others_cookies()
    {
        // The control for the test above: without the shared key ring the same cookies mean nothing.
        using var smtp = TestSmtpServer.Start();
        using var first = new AppInstance(smtp);
        using var second = first.Another();
        using var isolated = second.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())));
        var onFirst = await first.SignInAsAdminAsync();

        var cookies = onFirst.Cookies;
        var http = isolated.CreateDefaultClient(onFirst.BaseAddress, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

        await (await http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_reminder_due_is_created_and_emailed_once_when_both_instances_run_their_rounds()
    {
        using var smtp = TestSmtpServer.Start();
        using var first = new AppInstance(smtp);
        using var second = first.Another();
        var active = await first.ActiveContractAsync();
        // The first review, on 2026-12-14, is due from a week before; the clock is shared, as a wall clock is.
        first.Today(2026, 12, 8);

        var racing = await Task.WhenAll(
            Task.Run(() => first.RoundAsync("instance-a")),
            Task.Run(() => second.RoundAsync("instance-b")));
        var afterwards = new[] { await second.RoundAsync("instance-b"), await first.RoundAsync("instance-a") };

        Assert.Equal(2, racing.Concat(afterwards).Sum(result => result.Created));
        Assert.Single(await second.NotificationsOfAsync(active.Line.Report, "/progress-reviews/"));
        Assert.Single(await first.NotificationsOfAsync(active.Line.Manager, "/progress-reviews/"));
        // One e-mail to the learner and one to the manager, whichever instance sent it.
        var recipients = smtp.Received.SelectMany(message => message.To.Mailboxes.Select(mailbox => mailbox.Address)).Order().ToArray();
        Assert.Equal(new[] { active.Line.Manager.Email, active.Line.Report.Email }.Order(StringComparer.OrdinalIgnoreCase), recipients, StringComparer.OrdinalIgnoreCase);
    }
}
