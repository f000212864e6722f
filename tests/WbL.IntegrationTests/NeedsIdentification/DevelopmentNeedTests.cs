using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.NeedsIdentification;

public sealed class DevelopmentNeedTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_line_manager_records_a_need_for_a_direct_report()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);

        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        Assert.Equal("Identified", need.Status);
        Assert.Equal("Rae Report", need.LearnerName);
        Assert.Equal(["Chair a tenant panel meeting to time", "Summarise decisions in writing within two days"], need.LearningOutcomes);
        Assert.Equal(["facilitation", "written communication"], need.CompetencyTags.Order());
        var recorded = Assert.Single(need.History);
        Assert.Equal(("Recorded", "Identified", "Max Manager"), (recorded.Action, recorded.ToStatus, recorded.ByName));
        await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(new string[0], "learningOutcomes")]
    [InlineData(new[] { "Communication" }, "learningOutcomes[0]")]
    [InlineData(new[] { "Chair a panel meeting", "  " }, "learningOutcomes[1]")]
    [InlineData(new[] { "Chair a panel meeting", "chair a  panel meeting" }, "learningOutcomes")]
    public async Task Vague_empty_or_repeated_learning_outcomes_are_refused(string[] outcomes, string field)
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);

        var errors = await (await manager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, outcomes: outcomes)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains(field, errors.Keys);
        var plan = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(0, plan.Total);
    }

    [Fact]
    public async Task A_manager_cannot_read_or_write_needs_of_someone_outside_their_line()
    {
        var line = await factory.LineAsync();
        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var otherManager = await factory.SignInAsync(line.OtherManager.Email);

        await (await otherManager.Http.GetAsync($"/api/development-needs/{need.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", UpdateBody(need, "Taken over"))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Not mine", need.Version }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var visible = await (await otherManager.Http.GetAsync("/api/development-needs")).ReadAs<DevelopmentNeedPage>();
        Assert.DoesNotContain(visible.Items, item => item.Id == need.Id);
    }

    [Fact]
    public async Task A_learner_cannot_read_a_colleagues_needs()
    {
        var line = await factory.LineAsync();
        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var colleague = await factory.SignInAsync(line.Colleague.Email);

        await (await colleague.Http.GetAsync($"/api/development-needs/{need.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await colleague.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var own = await (await colleague.Http.GetAsync("/api/development-needs")).ReadAs<DevelopmentNeedPage>();
        Assert.Empty(own.Items);
    }

    [Fact]
    public async Task A_manager_further_up_reads_but_only_the_line_manager_records()
    {
        var line = await factory.LineAsync();
        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var director = await factory.SignInAsync(line.Director.Email);

        await (await director.Http.GetAsync($"/api/development-needs/{need.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await director.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await director.Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", UpdateBody(need, "Director's edit"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        var visible = await (await director.Http.GetAsync("/api/development-needs")).ReadAs<DevelopmentNeedPage>();
        Assert.Contains(visible.Items, item => item.Id == need.Id);
    }

    [Fact]
    public async Task A_learner_proposes_an_aspiration_that_their_manager_confirms()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var errors = await (await report.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, origin: "PerformanceGap")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("origin", errors.Keys);

        var proposed = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Become a surveyor", origin: "PersonalAspiration"));
        Assert.Equal("Proposed", proposed.Status);
        var edited = await (await report.Http.PutAsJsonAsync($"/api/development-needs/{proposed.Id}", UpdateBody(proposed, "Qualify as a building surveyor")))
            .ReadAs<DevelopmentNeed>();

        await (await report.Http.PostAsJsonAsync($"/api/development-needs/{proposed.Id}/confirm", new { edited.Version })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var manager = await factory.SignInAsync(line.Manager.Email);
        var confirmed = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{proposed.Id}/confirm", new { edited.Version })).ReadAs<DevelopmentNeed>();

        Assert.Equal("Identified", confirmed.Status);
        Assert.Equal(["Recorded", "Edited", "Confirmed"], confirmed.History.Select(entry => entry.Action));
        await (await report.Http.PutAsJsonAsync($"/api/development-needs/{proposed.Id}", UpdateBody(confirmed, "Changed my mind"))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{proposed.Id}/confirm", new { confirmed.Version })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_private_aspiration_is_hidden_from_hr_and_managers_further_up_but_counted()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var aspiration = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Move into housing policy", origin: "PersonalAspiration", isPrivate: true));
        var manager = await factory.SignInAsync(line.Manager.Email);
        await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        var hr = await factory.SignInAsync(line.Hr.Email);
        var hrView = await (await hr.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal((1, 2, 1), (hrView.Items.Length, hrView.Total, hrView.HiddenPrivate));
        Assert.DoesNotContain(hrView.Items, item => item.Id == aspiration.Id);
        await (await hr.Http.GetAsync($"/api/development-needs/{aspiration.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var hrAll = await (await hr.Http.GetAsync("/api/development-needs?limit=200")).ReadAs<DevelopmentNeedPage>();
        Assert.DoesNotContain(hrAll.Items, item => item.Id == aspiration.Id);
        Assert.True(hrAll.HiddenPrivate >= 1);
        var hrPlan = await (await hr.Http.GetAsync($"/api/people/{line.Report.Id}/plan")).ReadAs<DevelopmentPlan>();
        Assert.Equal((1, 1), (hrPlan.Needs.Length, hrPlan.HiddenPrivate));

        var director = await factory.SignInAsync(line.Director.Email);
        await (await director.Http.GetAsync($"/api/development-needs/{aspiration.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);

        var managerView = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal((2, 2, 0), (managerView.Items.Length, managerView.Total, managerView.HiddenPrivate));
        var ownView = await (await report.Http.GetAsync($"/api/development-needs/{aspiration.Id}")).ReadAs<DevelopmentNeed>();
        Assert.True(ownView.IsPrivate);
    }

    [Fact]
    public async Task Only_a_personal_aspiration_can_be_private()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var errors = await (await manager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, origin: "PerformanceGap", isPrivate: true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("isPrivate", errors.Keys);
    }

    [Fact]
    public async Task A_need_may_serve_a_business_need_of_its_own_organisation_only()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var ours = await manager.CreateBusinessNeedAsync(line.Team.Id);
        var theirs = await (await factory.SignInAsync(line.OtherOrganisationHr.Email)).CreateBusinessNeedAsync(line.OtherOrganisation.Id);

        var errors = await (await manager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, businessNeedId: theirs.Id)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["That business need belongs to another organisation."], errors["businessNeedId"]);
        var unknown = await (await manager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, businessNeedId: Guid.NewGuid())))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("businessNeedId", unknown.Keys);

        var linked = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, businessNeedId: ours.Id));
        Assert.Equal("Cut repair backlog", linked.BusinessNeedTitle);
        var businessNeed = await (await manager.Http.GetAsync($"/api/business-needs/{ours.Id}")).ReadAs<BusinessNeed>();
        Assert.Equal(1, businessNeed.LinkedDevelopmentNeeds);
    }

    [Fact]
    public async Task A_need_cannot_claim_a_discussion_held_with_someone_else()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var discussion = await (await manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(line.Colleague.Id))).ReadAs<Discussion>(HttpStatusCode.Created);

        var errors = await (await manager.Http.PostAsJsonAsync("/api/development-needs", NeedsArrange.NeedBody(line.Report.Id, discussionId: discussion.Id)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("discussionId", errors.Keys);
    }

    [Fact]
    public async Task Updates_and_cancellations_with_a_stale_version_are_409()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var updated = await (await manager.Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", UpdateBody(need, "Chair and minute panels"))).ReadAs<DevelopmentNeed>();
        Assert.Equal(need.Version + 1, updated.Version);

        var stale = await manager.Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", UpdateBody(need, "Stale"));
        await stale.ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Stale", need.Version }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var current = await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal(("Chair and minute panels", "Identified"), (current.Title, current.Status));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_keeps_it_in_history_and_ends_editing()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        var errors = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = " ", need.Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("reason", errors.Keys);
        var cancelled = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Role restructured", need.Version }))
            .ReadAs<DevelopmentNeed>();

        Assert.Equal(("Cancelled", "Role restructured"), (cancelled.Status, cancelled.CancelReason));
        var last = cancelled.History[^1];
        Assert.Equal(("Cancelled", "Identified", "Role restructured"), (last.Action, last.FromStatus, last.Note));
        await (await manager.Http.PutAsJsonAsync($"/api/development-needs/{need.Id}", UpdateBody(cancelled, "Revived"))).ShouldBeProblem(HttpStatusCode.Conflict);
        var again = await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Again", cancelled.Version });
        await again.ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        var open = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Report.Id}&status=Open")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(0, open.Total);
    }

    [Fact]
    public async Task A_learner_withdraws_their_own_proposal_but_not_a_confirmed_need()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var proposal = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Learn British Sign Language", origin: "PersonalAspiration"));
        var withdrawn = await (await report.Http.PostAsJsonAsync($"/api/development-needs/{proposal.Id}/cancel", new { reason = "Found an evening class", proposal.Version }))
            .ReadAs<DevelopmentNeed>();
        Assert.Equal("Cancelled", withdrawn.Status);

        var need = await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        await (await report.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Not for me", need.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_list_pages_by_title_and_filters_by_status()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        foreach (var title in new[] { "Need C", "Need A", "Need B" })
        {
            await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Colleague.Id, title));
        }

        var first = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Colleague.Id}&limit=2")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(["Need A", "Need B"], first.Items.Select(item => item.Title));
        Assert.Equal(3, first.Total);
        var second = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Colleague.Id}&limit=2&after={first.Next}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(["Need C"], second.Items.Select(item => item.Title));
        Assert.Null(second.Next);

        var completed = await (await manager.Http.GetAsync($"/api/development-needs?learnerId={line.Colleague.Id}&status=Completed")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(0, completed.Total);
        await (await manager.Http.GetAsync("/api/development-needs?status=Nope")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await manager.Http.GetAsync("/api/development-needs?limit=500")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static object UpdateBody(DevelopmentNeed need, string title) => new
    {
        title,
        learningOutcomes = need.LearningOutcomes,
        need.PerformanceImprovement,
        need.TargetRole,
        need.BusinessNeedId,
        need.Origin,
        need.IsPrivate,
        need.Priority,
        competencyTags = need.CompetencyTags,
        need.Version,
    };
}
