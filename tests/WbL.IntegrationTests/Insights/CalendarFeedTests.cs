using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.ProgressReviews;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.Insights;

public sealed class CalendarFeedTests
{
    private static readonly DateOnly[] ReviewDates = [new(2026, 12, 14), new(2027, 1, 11), new(2027, 2, 8)];

    [Fact]
    public async Task The_feed_holds_the_review_dates_of_the_learner_their_manager_and_their_mentor_under_stable_uids()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();

        var learnerFeed = await ParseAsync(factory, await CreateAsync(active.Report));
        var managerFeed = await ParseAsync(factory, await CreateAsync(active.Manager));
        var mentorFeed = await ParseAsync(factory, await CreateAsync(active.Mentor));
        var outsiderFeed = await ParseAsync(factory, await CreateAsync(await factory.SignInAsync(active.Line.Outsider.Email)));

        Assert.Equal(ReviewDates, Dates(learnerFeed));
        Assert.All(learnerFeed.Events, calendarEvent => Assert.Equal("Progress review", calendarEvent.Summary));
        Assert.Equal(ReviewDates, Dates(managerFeed));
        Assert.All(managerFeed.Events, calendarEvent => Assert.Contains(active.Line.Report.DisplayName, calendarEvent.Summary, StringComparison.Ordinal));
        Assert.Equal(ReviewDates, Dates(mentorFeed));
        Assert.Empty(outsiderFeed.Events);
        // The same review is the same event in everyone's calendar and on every fetch, so calendars update rather than duplicate it.
        Assert.Equal(learnerFeed.Events.Select(calendarEvent => calendarEvent.Uid), managerFeed.Events.Select(calendarEvent => calendarEvent.Uid));
        var first = learnerFeed.Events.OrderBy(calendarEvent => calendarEvent.DtStart!.Value).First();
        Assert.False(first.DtStart!.HasTime);
        // Links point back at the site the feed was made from.
        Assert.StartsWith("https://localhost/progress-reviews/", first.Url!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_holds_the_impact_review_window_for_learner_and_manager()
    {
        using var factory = new ReminderFactory();
        var completed = await factory.CompletedContractAsync("2026-09-01");

        var managerFeed = await ParseAsync(factory, await CreateAsync(completed.Manager));
        var learnerFeed = await ParseAsync(factory, await CreateAsync(completed.Report));

        var due = Assert.Single(managerFeed.Events, calendarEvent => calendarEvent.Summary!.StartsWith("Impact review due", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(due.DtStart!.Value));
        Assert.Single(learnerFeed.Events, calendarEvent => calendarEvent.Uid == due.Uid);
        Assert.Contains(managerFeed.Events, calendarEvent => DateOnly.FromDateTime(calendarEvent.DtStart!.Value) == new DateOnly(2026, 10, 1));
    }

    [Fact]
    public async Task A_revoked_replaced_or_unknown_link_is_404_and_only_the_hash_of_the_token_is_kept()
    {
        using var factory = new ReminderFactory();
        var active = await factory.ActiveContractAsync();
        var anonymous = factory.NewClient();
        Assert.False((await (await active.Report.Http.GetAsync("/api/me/calendar-feed")).ReadAs<CalendarFeed>()).Exists);

        var first = await CreateAsync(active.Report);
        Assert.True((await (await active.Report.Http.GetAsync("/api/me/calendar-feed")).ReadAs<CalendarFeed>()).Exists);
        var second = await CreateAsync(active.Report);

        await (await anonymous.Http.GetAsync(new Uri(first.Url).PathAndQuery)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await anonymous.Http.GetAsync(new Uri(second.Url).PathAndQuery)).ShouldHaveStatus(HttpStatusCode.OK);
        var token = new Uri(second.Url).Segments[^1].Replace(".ics", "", StringComparison.Ordinal);
        await using (var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            var stored = (await connection.QueryAsync<string>("SELECT token_hash FROM ins_calendar_feeds")).ToList();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), Assert.Single(stored));
        }

        await (await active.Report.Http.DeleteAsync("/api/me/calendar-feed")).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await anonymous.Http.GetAsync(new Uri(second.Url).PathAndQuery)).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.False((await (await active.Report.Http.GetAsync("/api/me/calendar-feed")).ReadAs<CalendarFeed>()).Exists);
        await (await anonymous.Http.GetAsync("/api/calendar/not-a-token.ics")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await anonymous.Http.GetAsync($"/api/calendar/{new string('A', 43)}.ics")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Managing_a_feed_needs_a_session_and_antiforgery()
    {
        using var factory = new ReminderFactory();
        var admin = await factory.SignInAsAdminAsync();
        var withoutHeader = factory.NewClient(sendAntiforgeryHeader: false);
        await (await withoutHeader.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await factory.NewClient().Http.GetAsync("/api/me/calendar-feed")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.BadRequest, (await withoutHeader.Http.PostAsync("/api/me/calendar-feed", null)).StatusCode);
        await (await admin.Http.PostAsync("/api/me/calendar-feed", null)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private static async Task<CalendarFeedLink> CreateAsync(ApiClient client) =>
        await (await client.Http.PostAsync("/api/me/calendar-feed", null)).ReadAs<CalendarFeedLink>();

    private static async Task<Ical.Net.Calendar> ParseAsync(WblFactory factory, CalendarFeedLink link)
    {
        var response = await factory.NewClient().Http.GetAsync(new Uri(link.Url).PathAndQuery);
        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static DateOnly[] Dates(Ical.Net.Calendar calendar) =>
        calendar.Events.Select(calendarEvent => DateOnly.FromDateTime(calendarEvent.DtStart!.Value)).Order().ToArray();
}
