using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed record OpenLearningSet(Guid Id, string Name, string Purpose, string MeetingCadence, string Status, string FacilitatorName, int MemberCount);

/// <summary>Lists every open set in the database, so it has a database of its own.</summary>
public sealed class OpenLearningSetTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private const string Url = "/api/learning-sets/open";

    [Fact]
    public async Task A_plain_employee_browses_forming_and_running_sets_with_member_counts_but_no_member_names()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        var forming = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(5).Select(peer => peer.Id), "B forming set"));
        var running = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.OtherFacilitator.Id, people.Peers.Take(2).Select(peer => peer.Id), "A running set"));
        running = await (await hr.Http.PutAsJsonAsync($"/api/learning-sets/{running.Id}", LearningSetArrange.UpdateBody(running, "Running"))).ReadAs<LearningSet>();
        var closed = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id), "C closed set"));
        await (await hr.Http.PutAsJsonAsync($"/api/learning-sets/{closed.Id}", LearningSetArrange.UpdateBody(closed, "Closed"))).ShouldHaveStatus(HttpStatusCode.OK);

        // The employee belongs to none of them, and still sees the two that take people.
        var employee = await factory.SignInAsync(people.Employee.Email);
        var response = await employee.Http.GetAsync(Url);
        var page = await response.ReadAs<Page<OpenLearningSet>>();

        Assert.Equal([running.Id, forming.Id], page.Items.Where(set => set.Id == running.Id || set.Id == forming.Id || set.Id == closed.Id).Select(set => set.Id));
        var shown = page.Items.Single(set => set.Id == forming.Id);
        Assert.Equal(
            new OpenLearningSet(forming.Id, "B forming set", "Peers tackling service problems together", "every 4 weeks", "Forming", "Fay Facilitator", 5),
            shown);
        var shownRunning = page.Items.Single(set => set.Id == running.Id);
        Assert.Equal(("Running", "Fred Facilitator", 2), (shownRunning.Status, shownRunning.FacilitatorName, shownRunning.MemberCount));

        // Nothing in the body names a member or carries a person's id.
        var body = await response.Content.ReadAsStringAsync();
        foreach (var peer in people.Peers)
        {
            Assert.DoesNotContain(peer.DisplayName, body, StringComparison.Ordinal);
            Assert.DoesNotContain(peer.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
        using var json = JsonDocument.Parse(body);
        var properties = json.RootElement.GetProperty("items")[0].EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["facilitatorName", "id", "meetingCadence", "memberCount", "name", "purpose", "status"], properties);
    }

    [Fact]
    public async Task The_catalogue_pages_by_name_with_a_cursor()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        foreach (var name in new[] { "Paging set 3", "Paging set 1", "Paging set 2" })
        {
            await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, [people.Peers[0].Id], name));
        }
        var learner = await factory.SignInAsync(people.Stranger.Email);

        var names = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await (await learner.Http.GetAsync($"{Url}?limit=2{(after is null ? "" : $"&after={after}")}")).ReadAs<Page<OpenLearningSet>>();
            Assert.True(page.Items.Length <= 2);
            names.AddRange(page.Items.Select(set => set.Name));
            after = page.Next;
            pages++;
        }
        while (after is not null && pages < 50);

        Assert.Null(after);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(["Paging set 1", "Paging set 2", "Paging set 3"], names.Where(name => name.StartsWith("Paging set", StringComparison.Ordinal)));

        var errors = await (await learner.Http.GetAsync($"{Url}?limit=0&after=nonsense")).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "limit", "after" }, errors.Keys.ToHashSet());
    }

    [Fact]
    public async Task The_catalogue_route_does_not_shadow_a_set_and_a_set_still_hides_from_strangers()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id), "Hidden detail set"));
        var stranger = await factory.SignInAsync(people.Stranger.Email);

        Assert.Contains((await (await stranger.Http.GetAsync(Url)).ReadAs<Page<OpenLearningSet>>()).Items, item => item.Id == set.Id);
        await (await stranger.Http.GetAsync($"/api/learning-sets/{set.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(4, (await (await hr.Http.GetAsync($"/api/learning-sets/{set.Id}")).ReadAs<LearningSet>()).Members.Length);
        await (await stranger.Http.GetAsync("/api/learning-sets/not-a-set")).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Someone_not_signed_in_gets_401()
    {
        await (await factory.NewClient().Http.GetAsync(Url)).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }
}
