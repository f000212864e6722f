using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed record Idea(
    Guid Id, Guid ContractId, Guid LearnerId, string LearnerName, string Title, string Description, string Status, string? Response,
    Guid? RespondedBy, string? RespondedByName, DateTimeOffset? RespondedAt, DateTimeOffset RaisedAt, DateOnly AnswerBy, bool Overdue,
    bool CanRespond, int Version);

public static class IdeaArrange
{
    public static async Task<HttpResponseMessage> RaiseIdeaAsync(this ApiClient client, Guid contractId, string title = "Text tenants before a repair visit",
        string description = "Half of our no-access visits are tenants who forgot; a text the day before would cut them.") =>
        await client.Http.PostAsJsonAsync($"/api/contracts/{contractId}/ideas", new { title, description });

    public static async Task<Idea> RaisedIdeaAsync(this ActiveContract active, string title = "Text tenants before a repair visit") =>
        await (await active.Report.RaiseIdeaAsync(active.Contract.Id, title)).ReadAs<Idea>(HttpStatusCode.Created);

    public static async Task<HttpResponseMessage> RespondAsync(this ApiClient client, Guid ideaId, string decision, string? reason, int version) =>
        await client.Http.PostAsJsonAsync($"/api/ideas/{ideaId}/response", new { decision, reason, version });

    public static async Task<HttpResponseMessage> GetIdeaAsync(this ApiClient client, Guid ideaId) => await client.Http.GetAsync($"/api/ideas/{ideaId}");

    public static async Task<Idea> IdeaAsync(this ApiClient client, Guid ideaId) => await (await client.GetIdeaAsync(ideaId)).ReadAs<Idea>();

    public static async Task<Page<Idea>> IdeasAsync(this ApiClient client, Guid contractId, string query = "") =>
        await (await client.Http.GetAsync($"/api/contracts/{contractId}/ideas{query}")).ReadAs<Page<Idea>>();
}

public sealed class IdeaTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_learner_raises_an_idea_on_an_active_contract_and_sees_it()
    {
        var active = await factory.ActiveContractAsync();

        var response = await active.Report.RaiseIdeaAsync(active.Contract.Id, "  Text tenants before a repair visit  ");

        var raised = await response.ReadAs<Idea>(HttpStatusCode.Created);
        Assert.Equal($"/api/ideas/{raised.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Text tenants before a repair visit", raised.Title);
        Assert.Equal("Open", raised.Status);
        Assert.Equal(active.Contract.Id, raised.ContractId);
        Assert.Equal(active.Line.Report.Id, raised.LearnerId);
        Assert.Equal("Rae Report", raised.LearnerName);
        Assert.Equal(factory.Clock.GetUtcNow(), raised.RaisedAt);
        Assert.Equal(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(14), raised.AnswerBy);
        Assert.False(raised.Overdue);
        Assert.False(raised.CanRespond);
        Assert.Null(raised.Response);
        Assert.Null(raised.RespondedBy);
        Assert.Equal(1, raised.Version);
        Assert.Equal(raised, await active.Report.IdeaAsync(raised.Id));
        Assert.Equal([raised.Id], (await active.Report.IdeasAsync(active.Contract.Id)).Items.Select(idea => idea.Id));
    }

    [Fact]
    public async Task The_manager_the_line_above_HR_and_the_mentor_read_ideas_and_only_the_manager_may_answer()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();
        var director = await factory.SignInAsync(active.Line.Director.Email);
        var hr = await factory.SignInAsync(active.Line.Hr.Email);

        Assert.True((await active.Manager.IdeaAsync(idea.Id)).CanRespond);
        Assert.True((await active.Manager.IdeasAsync(active.Contract.Id)).Items.Single().CanRespond);
        foreach (var reader in new[] { director, hr, active.Mentor })
        {
            var read = await reader.IdeaAsync(idea.Id);
            Assert.Equal(idea.Title, read.Title);
            Assert.False(read.CanRespond);
            Assert.Equal([idea.Id], (await reader.IdeasAsync(active.Contract.Id)).Items.Select(listed => listed.Id));
            await (await reader.RespondAsync(idea.Id, "Championed", null, idea.Version)).ShouldBeProblem(HttpStatusCode.Forbidden);
        }
        Assert.Equal("Open", (await active.Report.IdeaAsync(idea.Id)).Status);
    }

    [Fact]
    public async Task People_outside_the_line_find_no_ideas_at_all()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        foreach (var person in new[] { active.Line.Outsider, active.Line.Colleague })
        {
            var stranger = await factory.SignInAsync(person.Email);
            await (await stranger.GetIdeaAsync(idea.Id)).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await stranger.Http.GetAsync($"/api/contracts/{active.Contract.Id}/ideas")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await stranger.RaiseIdeaAsync(active.Contract.Id)).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await stranger.RespondAsync(idea.Id, "Declined", "Not yours to answer", idea.Version)).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        await (await active.Report.GetIdeaAsync(Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await active.Report.RaiseIdeaAsync(Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal([idea.Id], (await active.Report.IdeasAsync(active.Contract.Id)).Items.Select(listed => listed.Id));
    }

    [Fact]
    public async Task Only_the_learner_raises_ideas_on_their_contract()
    {
        var active = await factory.ActiveContractAsync();
        var hr = await factory.SignInAsync(active.Line.Hr.Email);

        foreach (var other in new[] { active.Manager, active.Mentor, hr })
        {
            await (await other.RaiseIdeaAsync(active.Contract.Id)).ShouldBeProblem(HttpStatusCode.Forbidden);
        }
        Assert.Empty((await active.Report.IdeasAsync(active.Contract.Id)).Items);
    }

    [Fact]
    public async Task The_learner_cannot_answer_their_own_idea()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        await (await active.Report.RespondAsync(idea.Id, "Implemented", null, idea.Version)).ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.Equal("Open", (await active.Report.IdeaAsync(idea.Id)).Status);
    }

    [Fact]
    public async Task An_idea_needs_a_title_and_a_description_of_sensible_length()
    {
        var active = await factory.ActiveContractAsync();

        var errors = await (await active.Report.Http.PostAsJsonAsync($"/api/contracts/{active.Contract.Id}/ideas", new { title = "  ", description = "" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["Give the idea a short title."], errors["title"]);
        Assert.Equal(["Describe the idea: what you would change, and why."], errors["description"]);

        errors = await (await active.Report.RaiseIdeaAsync(active.Contract.Id, new string('t', 201), new string('d', 4001))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["Keep the title to 200 characters."], errors["title"]);
        Assert.Equal(["Keep the description to 4000 characters."], errors["description"]);

        await (await active.Report.Http.PostAsJsonAsync($"/api/contracts/{active.Contract.Id}/ideas", new { })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Empty((await active.Report.IdeasAsync(active.Contract.Id)).Items);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_leaves_the_idea_as_it_was_without_one()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        foreach (var reason in new[] { null, "", "   " })
        {
            var errors = await (await active.Manager.RespondAsync(idea.Id, "Declined", reason, idea.Version)).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.Equal(["Say why the idea cannot be implemented."], errors["reason"]);
        }
        var tooLong = await (await active.Manager.RespondAsync(idea.Id, "Declined", new string('r', 2001), idea.Version)).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("reason", tooLong.Keys);

        Assert.Equal(idea, await active.Report.IdeaAsync(idea.Id));
    }

    [Fact]
    public async Task A_declined_idea_tells_the_learner_why_and_who_said_so()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        var declined = await (await active.Manager.RespondAsync(idea.Id, "Declined", "  The contractor texts tenants already from January.  ", idea.Version))
            .ReadAs<Idea>();

        Assert.Equal("Declined", declined.Status);
        Assert.False(declined.CanRespond);
        Assert.Equal(2, declined.Version);
        var seen = await active.Report.IdeaAsync(idea.Id);
        Assert.Equal("Declined", seen.Status);
        Assert.Equal("The contractor texts tenants already from January.", seen.Response);
        Assert.Equal(active.Line.Manager.Id, seen.RespondedBy);
        Assert.Equal("Max Manager", seen.RespondedByName);
        Assert.Equal(factory.Clock.GetUtcNow(), seen.RespondedAt);
        Assert.Equal("Declined", (await active.Report.IdeasAsync(active.Contract.Id)).Items.Single().Status);
    }

    [Fact]
    public async Task A_championed_idea_can_be_reported_implemented_and_then_the_answer_is_final()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        // The API outline spells decisions in lower case; either spelling is accepted.
        var championed = await (await active.Manager.RespondAsync(idea.Id, "championed", "Worth a pilot with the north patch.", idea.Version)).ReadAs<Idea>();
        Assert.Equal("Championed", championed.Status);
        Assert.True(championed.CanRespond);
        await (await active.Manager.RespondAsync(idea.Id, "Championed", null, championed.Version))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");

        var implemented = await (await active.Manager.RespondAsync(idea.Id, "Implemented", null, championed.Version)).ReadAs<Idea>();
        Assert.Equal("Implemented", implemented.Status);
        Assert.Equal("Worth a pilot with the north patch.", implemented.Response);
        Assert.False(implemented.CanRespond);

        await (await active.Manager.RespondAsync(idea.Id, "Declined", "Changed my mind", implemented.Version))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await active.Manager.RespondAsync(idea.Id, "Championed", null, implemented.Version))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        Assert.Equal(implemented, await active.Manager.IdeaAsync(idea.Id));
    }

    [Fact]
    public async Task A_decision_must_be_one_the_manager_can_make()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();

        foreach (var decision in new[] { "Maybe", "Open", "" })
        {
            var errors = await (await active.Manager.RespondAsync(idea.Id, decision, "Hmm", idea.Version)).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.Equal(["Decision must be one of: Championed, Implemented, Declined."], errors["decision"]);
        }
        Assert.Equal("Open", (await active.Manager.IdeaAsync(idea.Id)).Status);
    }

    [Fact]
    public async Task An_answer_sent_with_a_stale_version_is_refused()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();
        var championed = await (await active.Manager.RespondAsync(idea.Id, "Championed", null, idea.Version)).ReadAs<Idea>();

        await (await active.Manager.RespondAsync(idea.Id, "Declined", "Too costly after all", idea.Version))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");

        Assert.Equal(championed, await active.Manager.IdeaAsync(idea.Id));
    }

    [Fact]
    public async Task Ideas_are_raised_only_while_the_contract_is_active_and_earlier_ones_stay_readable()
    {
        var active = await factory.ActiveContractAsync();
        var idea = await active.RaisedIdeaAsync();
        var contract = await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}")).ReadAs<Contract>();
        await (await active.Manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/withdraw", new { reason = "Moved to another team", contract.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        await (await active.Report.RaiseIdeaAsync(active.Contract.Id, "One more thought"))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");

        Assert.Equal([idea.Id], (await active.Report.IdeasAsync(active.Contract.Id)).Items.Select(listed => listed.Id));
    }

    [Fact]
    public async Task Ideas_come_newest_first_a_page_at_a_time()
    {
        var active = await factory.ActiveContractAsync();
        var first = await active.RaisedIdeaAsync("First");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await active.RaisedIdeaAsync("Second");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await active.RaisedIdeaAsync("Third");

        var page = await active.Manager.IdeasAsync(active.Contract.Id, "?limit=2");
        Assert.Equal([third.Id, second.Id], page.Items.Select(idea => idea.Id));
        Assert.NotNull(page.Next);
        var rest = await active.Manager.IdeasAsync(active.Contract.Id, $"?limit=2&after={page.Next}");
        Assert.Equal([first.Id], rest.Items.Select(idea => idea.Id));
        Assert.Null(rest.Next);

        await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}/ideas?limit=201")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}/ideas?after=not-a-cursor")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Raising_an_idea_needs_the_antiforgery_header()
    {
        var active = await factory.ActiveContractAsync();
        var withoutHeader = factory.NewClient(sendAntiforgeryHeader: false);
        await withoutHeader.Http.PostAsJsonAsync("/api/auth/login", new { email = active.Line.Report.Email, password = WblFactory.DefaultPassword });

        await (await withoutHeader.RaiseIdeaAsync(active.Contract.Id)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Empty((await active.Report.IdeasAsync(active.Contract.Id)).Items);
    }
}

/// <summary>Moves its clock forward, so it has a database and clock of its own.</summary>
public sealed class IdeaOverdueTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task An_idea_nobody_answered_within_14_days_is_overdue_for_the_manager()
    {
        var active = await factory.ActiveContractAsync();
        var waiting = await active.RaisedIdeaAsync("Waiting");
        var answered = await active.RaisedIdeaAsync("Answered");
        await (await active.Manager.RespondAsync(answered.Id, "Championed", null, answered.Version)).ShouldHaveStatus(HttpStatusCode.OK);

        // Sessions do not last a fortnight: sign in again on the later days.
        factory.Clock.Advance(TimeSpan.FromDays(14));
        var manager = await factory.SignInAsync(active.Line.Manager.Email);
        var onTheDay = await manager.IdeaAsync(waiting.Id);
        Assert.Equal(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), onTheDay.AnswerBy);
        Assert.False(onTheDay.Overdue);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        manager = await factory.SignInAsync(active.Line.Manager.Email);
        var learner = await factory.SignInAsync(active.Line.Report.Email);
        Assert.True((await manager.IdeaAsync(waiting.Id)).Overdue);
        Assert.True((await learner.IdeaAsync(waiting.Id)).Overdue);
        var listed = (await manager.IdeasAsync(active.Contract.Id)).Items.ToDictionary(idea => idea.Title);
        Assert.True(listed["Waiting"].Overdue);
        Assert.False(listed["Answered"].Overdue);
    }
}
