using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class OptionTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_manager_appraises_options_side_by_side_and_selects_one_with_a_rationale()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var shadowing = await manager.AddOptionAsync(need.Id);
        var course = await manager.AddOptionAsync(need.Id, SolutionArrange.OptionBody("ExternalTraining", "Chairing meetings course", 3, 350m));

        var report = await factory.SignInAsync(line.Report.Email);
        var options = await (await report.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<SolutionOption>>();
        Assert.Equal([shadowing.Id, course.Id], options.Items.Select(option => option.Id));
        Assert.Equal(("Work shadowing", 4, 350m), (options.Items[0].SolutionTypeName, options.Items[0].TransferRating!.Value, options.Items[1].Cost!.Value));

        var selected = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{shadowing.Id}/select",
            new { rationale = "Best transfer into the job at no cost", shadowing.Version })).ReadAs<SolutionOption>();
        Assert.Equal(("Selected", "Best transfer into the job at no cost"), (selected.Status, selected.DecisionNote));
        var updatedNeed = await (await report.Http.GetAsync($"/api/development-needs/{need.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("SolutionSelected", updatedNeed.Status);
        Assert.Equal("Solution selected", updatedNeed.History[^1].Action);
    }

    [Fact]
    public async Task Options_with_whole_and_fractional_costs_list_together()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        await manager.AddOptionAsync(need.Id, SolutionArrange.OptionBody(cost: 0m));
        await manager.AddOptionAsync(need.Id, SolutionArrange.OptionBody("ExternalTraining", "Evening course", cost: 250.5m));

        var options = await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<SolutionOption>>();

        Assert.Equal([0m, 250.5m], options.Items.Select(option => option.Cost!.Value));
    }

    [Fact]
    public async Task A_learner_cannot_add_or_select_an_option()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var option = await manager.AddOptionAsync(need.Id);
        var report = await factory.SignInAsync(line.Report.Email);

        await (await report.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/options", SolutionArrange.OptionBody())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await report.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "I like it", option.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await report.Http.GetAsync($"/api/solution-options/{option.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_manager_cannot_see_or_select_options_for_someone_outside_their_line()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var option = await manager.AddOptionAsync(need.Id);
        var otherManager = await factory.SignInAsync(line.OtherManager.Email);

        await (await otherManager.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/options", SolutionArrange.OptionBody())).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.GetAsync($"/api/solution-options/{option.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Mine now", option.Version }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var director = await factory.SignInAsync(line.Director.Email);
        await (await director.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Skip-level", option.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Selecting_another_option_replaces_the_choice_and_the_selected_one_cannot_be_rejected()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var first = await manager.AddOptionAsync(need.Id);
        var second = await manager.AddOptionAsync(need.Id, SolutionArrange.OptionBody("CoachingOrMentoring", "Coaching from Grace"));
        first = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{first.Id}/select", new { rationale = "Quickest", first.Version })).ReadAs<SolutionOption>();
        second = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{second.Id}/select", new { rationale = "Lasts longer", second.Version })).ReadAs<SolutionOption>();

        var options = await (await manager.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<SolutionOption>>();
        Assert.Equal(["Proposed", "Selected"], options.Items.Select(option => option.Status));
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{second.Id}/reject", new { reason = "Changed mind", second.Version }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var errors = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{first.Id}/reject", new { reason = "", version = options.Items[0].Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("reason", errors.Keys);
        var rejected = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{first.Id}/reject", new { reason = "Grace is on leave", version = options.Items[0].Version }))
            .ReadAs<SolutionOption>();
        Assert.Equal(("Rejected", "Grace is on leave"), (rejected.Status, rejected.DecisionNote));
    }

    [Fact]
    public async Task Ratings_types_and_costs_are_checked()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        var errors = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/options", SolutionArrange.OptionBody(rating: 6, cost: -1m)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "knowledgeRating", "transferRating", "cost" }, errors.Keys.ToHashSet());
        var type = await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/options", SolutionArrange.OptionBody("Telepathy")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("solutionType", type.Keys);
        var unrated = await manager.AddOptionAsync(need.Id, SolutionArrange.OptionBody(rating: null, cost: null));
        Assert.Null(unrated.KnowledgeRating);
    }

    [Fact]
    public async Task Stale_versions_are_409()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var option = await manager.AddOptionAsync(need.Id);
        var body = new { solutionType = "WorkShadowing", description = "Shadow two panels and one board", knowledgeRating = 5, option.Version };
        var updated = await (await manager.Http.PutAsJsonAsync($"/api/solution-options/{option.Id}", body)).ReadAs<SolutionOption>();
        Assert.Equal((5, option.Version + 1), (updated.KnowledgeRating!.Value, updated.Version));

        await (await manager.Http.PutAsJsonAsync($"/api/solution-options/{option.Id}", body)).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Stale", option.Version }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Options_wait_for_a_confirmed_need_and_stop_when_it_is_cancelled()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var proposal = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Learn to survey", origin: "PersonalAspiration"));
        var manager = await factory.SignInAsync(line.Manager.Email);
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{proposal.Id}/options", SolutionArrange.OptionBody())).ShouldBeProblem(HttpStatusCode.Conflict);

        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var option = await manager.AddOptionAsync(need.Id);
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{need.Id}/cancel", new { reason = "Left the team", need.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Too late", option.Version }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Options_of_a_private_aspiration_are_hidden_from_hr()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var aspiration = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Move into policy", origin: "PersonalAspiration", isPrivate: true));
        var manager = await factory.SignInAsync(line.Manager.Email);
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{aspiration.Id}/confirm", new { aspiration.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        var option = await manager.AddOptionAsync(aspiration.Id);

        var hr = await factory.SignInAsync(line.Hr.Email);
        await (await hr.Http.GetAsync($"/api/development-needs/{aspiration.Id}/options")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.GetAsync($"/api/solution-options/{option.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
