using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.NeedsIdentification;

public sealed class DiscussionTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_manager_records_a_one_to_one_and_the_needs_it_identified_in_one_step()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);

        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions",
                NeedsArrange.DiscussionBody(line.Report.Id, NeedsArrange.NeedBody(line.Report.Id), NeedsArrange.NeedBody(line.Report.Id, "Plan repairs by priority"))))
            .ReadAs<Discussion>(HttpStatusCode.Created);

        Assert.Equal(("Rae Report", "Max Manager", new DateOnly(2026, 12, 7)), (discussion.LearnerName, discussion.ManagerName, discussion.NextDiscussionOn!.Value));
        Assert.Equal(2, discussion.AgreedOutcomes.Length);
        Assert.Equal(["Chair tenant panel meetings", "Plan repairs by priority"], discussion.IdentifiedNeeds.Select(need => need.Title));
        var needs = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.All(needs.Items, need => Assert.Equal((discussion.Id, "Identified"), (need.DiscussionId!.Value, need.Status)));

        var team = await (await manager.Http.GetAsync($"/api/people/{line.Manager.Id}/team")).ReadAs<Page<TeamMember>>();
        var member = team.Items.Single(item => item.Id == line.Report.Id);
        Assert.Equal((2, 2, NeedsArrange.Today), (member.OpenNeeds, member.OpenNeedsByStatus["Identified"], member.LastDiscussionOn!.Value));
        Assert.Equal(new DateOnly(2026, 12, 7), member.NextDiscussionOn);
    }

    [Fact]
    public async Task A_bad_identified_need_refuses_the_whole_discussion_with_its_field_named()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);

        var errors = await (await manager.Http.PostAsJsonAsync("/api/discussions",
                NeedsArrange.DiscussionBody(line.Report.Id, NeedsArrange.NeedBody(line.Report.Id), NeedsArrange.NeedBody(line.Report.Id, outcomes: ["Listening"]))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("identifiedNeeds[1].learningOutcomes[0]", errors.Keys);

        var theirs = await (await factory.SignInAsync(line.OtherOrganisationHr.Email)).CreateBusinessNeedAsync(line.OtherOrganisation.Id);
        var linkErrors = await (await manager.Http.PostAsJsonAsync("/api/discussions",
                NeedsArrange.DiscussionBody(line.Report.Id, NeedsArrange.NeedBody(line.Report.Id), NeedsArrange.NeedBody(line.Report.Id, businessNeedId: theirs.Id))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("identifiedNeeds[1].businessNeedId", linkErrors.Keys);

        // Neither attempt left a discussion or its first need behind.
        var discussions = await (await manager.Http.GetAsync($"/api/discussions?learnerId={line.Report.Id}")).ReadAs<Page<Discussion>>();
        Assert.Empty(discussions.Items);
        var needs = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(0, needs.Total);
    }

    [Fact]
    public async Task Only_the_line_manager_records_a_one_to_one()
    {
        var line = await factory.LineAsync();
        var body = NeedsArrange.DiscussionBody(line.Report.Id);

        await (await (await factory.SignInAsync(line.Director.Email)).Http.PostAsJsonAsync("/api/discussions", body)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await (await factory.SignInAsync(line.Report.Email)).Http.PostAsJsonAsync("/api/discussions", body)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await (await factory.SignInAsync(line.Hr.Email)).Http.PostAsJsonAsync("/api/discussions", body)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await (await factory.SignInAsync(line.OtherManager.Email)).Http.PostAsJsonAsync("/api/discussions", body)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_learner_reads_and_comments_and_nobody_outside_the_line_sees_it()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(line.Report.Id))).ReadAs<Discussion>(HttpStatusCode.Created);

        var report = await factory.SignInAsync(line.Report.Email);
        var mine = await (await report.Http.GetAsync("/api/discussions")).ReadAs<Page<Discussion>>();
        Assert.Equal([discussion.Id], mine.Items.Select(item => item.Id));
        var commented = await (await report.Http.PutAsJsonAsync($"/api/discussions/{discussion.Id}/learner-comment",
            new { comment = "I'd like to shadow Grace first.", discussion.Version })).ReadAs<Discussion>();
        Assert.Equal("I'd like to shadow Grace first.", commented.LearnerComment);

        await (await manager.Http.PutAsJsonAsync($"/api/discussions/{discussion.Id}/learner-comment", new { comment = "Speaking for Rae", commented.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        foreach (var outsider in new[] { line.Colleague, line.OtherManager, line.Outsider })
        {
            var client = await factory.SignInAsync(outsider.Email);
            await (await client.Http.GetAsync($"/api/discussions/{discussion.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await client.Http.GetAsync($"/api/discussions?learnerId={line.Report.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        var hr = await factory.SignInAsync(line.Hr.Email);
        await (await hr.Http.GetAsync($"/api/discussions/{discussion.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await hr.Http.PutAsJsonAsync($"/api/discussions/{discussion.Id}", UpdateBody(commented, "HR rewrite"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_private_aspiration_from_a_one_to_one_is_not_named_to_hr()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions",
                NeedsArrange.DiscussionBody(line.Report.Id, NeedsArrange.NeedBody(line.Report.Id, "Secret ambition", origin: "PersonalAspiration", isPrivate: true))))
            .ReadAs<Discussion>(HttpStatusCode.Created);
        Assert.Single(discussion.IdentifiedNeeds);

        var hr = await factory.SignInAsync(line.Hr.Email);
        var seen = await (await hr.Http.GetAsync($"/api/discussions/{discussion.Id}")).ReadAs<Discussion>();
        Assert.Empty(seen.IdentifiedNeeds);
    }

    [Fact]
    public async Task Edits_are_versioned_and_dates_must_make_sense()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(line.Report.Id))).ReadAs<Discussion>(HttpStatusCode.Created);

        var edited = await (await manager.Http.PutAsJsonAsync($"/api/discussions/{discussion.Id}", UpdateBody(discussion, "Six-month review of progress"))).ReadAs<Discussion>();
        Assert.Equal(discussion.Version + 1, edited.Version);
        await (await manager.Http.PutAsJsonAsync($"/api/discussions/{discussion.Id}", UpdateBody(discussion, "Stale"))).ShouldBeProblem(HttpStatusCode.Conflict);

        var errors = await (await manager.Http.PostAsJsonAsync("/api/discussions", new
        {
            learnerId = line.Report.Id,
            heldOn = "2027-01-10",
            summary = "",
            nextDiscussionOn = "2026-12-01",
            kind = "Chat",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "heldOn", "summary", "nextDiscussionOn", "kind" }, errors.Keys.ToHashSet());
        var missingLearner = await (await manager.Http.PostAsJsonAsync("/api/discussions", new { summary = "No learner" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("learnerId", missingLearner.Keys);
    }

    [Fact]
    public async Task Discussions_page_newest_first()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        foreach (var heldOn in new[] { "2026-09-01", "2026-11-01", "2026-10-01" })
        {
            var body = new { learnerId = line.Colleague.Id, heldOn, summary = "Monthly 1:1", kind = "OneToOne" };
            await (await manager.Http.PostAsJsonAsync("/api/discussions", body)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var first = await (await manager.Http.GetAsync($"/api/discussions?learnerId={line.Colleague.Id}&limit=2")).ReadAs<Page<Discussion>>();
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 10, 1)], first.Items.Select(item => item.HeldOn));
        var second = await (await manager.Http.GetAsync($"/api/discussions?learnerId={line.Colleague.Id}&limit=2&after={first.Next}")).ReadAs<Page<Discussion>>();
        Assert.Equal([new DateOnly(2026, 9, 1)], second.Items.Select(item => item.HeldOn));
        Assert.Null(second.Next);
    }

    private static object UpdateBody(Discussion discussion, string summary) => new
    {
        discussion.Kind,
        discussion.HeldOn,
        summary,
        agreedOutcomes = discussion.AgreedOutcomes,
        discussion.NextDiscussionOn,
        discussion.Version,
    };
}
