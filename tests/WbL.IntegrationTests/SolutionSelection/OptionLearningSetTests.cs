using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class OptionLearningSetTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task An_action_learning_set_option_names_its_set_wherever_the_option_is_shown()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));

        var added = await world.Manager.AddSetOptionAsync(need.Id, world.Set.Id);

        var expected = new LinkedSet(world.Set.Id, "Repairs improvement set", "Forming");
        Assert.Equal(expected, added.LearningSet);
        var report = await factory.SignInAsync(world.Line.Report.Email);
        Assert.Equal(expected, (await report.OptionAsync(added.Id)).LearningSet);
        var listed = await (await report.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<OptionWithSet>>();
        Assert.Equal(expected, Assert.Single(listed.Items).LearningSet);
        var selected = await (await world.Manager.Http.PostAsJsonAsync($"/api/solution-options/{added.Id}/select", new { rationale = "Peers with the same problem", added.Version }))
            .ReadAs<OptionWithSet>();
        Assert.Equal(("Selected", expected), (selected.Status, selected.LearningSet));

        // The option shows the set as it is now, not as it was when linked.
        await world.MoveSetAsync(world.Set, "Running");
        Assert.Equal("Running", (await report.OptionAsync(added.Id)).LearningSet!.Status);
    }

    [Fact]
    public async Task Options_of_other_types_and_options_without_a_set_show_none()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));

        var shadowing = await (await world.Manager.PostOptionAsync(need.Id, SolutionArrange.OptionBody())).ReadAs<OptionWithSet>(HttpStatusCode.Created);
        var unlinked = await world.Manager.AddSetOptionAsync(need.Id, null);

        Assert.Null(shadowing.LearningSet);
        Assert.Equal("ActionLearningSet", unlinked.SolutionType);
        Assert.Null(unlinked.LearningSet);
    }

    [Fact]
    public async Task An_update_links_moves_and_removes_the_set()
    {
        var world = await factory.SetOptionWorldAsync();
        var running = await world.AnotherSetAsync("Income team set", "Running");
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));
        var option = await world.Manager.AddSetOptionAsync(need.Id, null);

        var linked = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(world.Set.Id, version: option.Version))).ReadAs<OptionWithSet>();
        Assert.Equal(world.Set.Id, linked.LearningSet!.Id);
        var moved = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(running.Id, version: linked.Version))).ReadAs<OptionWithSet>();
        Assert.Equal(new LinkedSet(running.Id, "Income team set", "Running"), moved.LearningSet);
        var removed = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(null, version: moved.Version))).ReadAs<OptionWithSet>();

        Assert.Null(removed.LearningSet);
        Assert.Equal(("ActionLearningSet", option.Version + 3), (removed.SolutionType, removed.Version));
        Assert.Null((await world.Manager.OptionAsync(option.Id)).LearningSet);
    }

    [Fact]
    public async Task Only_an_action_learning_set_option_may_point_at_a_set()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));

        var errors = await (await world.Manager.PostOptionAsync(need.Id, OptionSetArrange.SetOptionBody(world.Set.Id, "WorkShadowing")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(["learningSetId"], errors.Keys);
        var options = await (await world.Manager.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<OptionWithSet>>();
        Assert.Empty(options.Items);
    }

    [Fact]
    public async Task Changing_the_type_away_is_refused_while_the_set_stays_and_allowed_when_the_same_request_removes_it()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));
        var option = await world.Manager.AddSetOptionAsync(need.Id, world.Set.Id);

        var refused = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(world.Set.Id, "WorkShadowing", version: option.Version)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningSetId"], refused.Keys);
        Assert.Contains("remove the set", refused["learningSetId"][0], StringComparison.Ordinal);
        var unchanged = await world.Manager.OptionAsync(option.Id);
        Assert.Equal(("ActionLearningSet", world.Set.Id, option.Version), (unchanged.SolutionType, unchanged.LearningSet!.Id, unchanged.Version));

        var retyped = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(null, "WorkShadowing", "Shadow the set's facilitator instead", option.Version)))
            .ReadAs<OptionWithSet>();
        Assert.Equal(("WorkShadowing", (LinkedSet?)null), (retyped.SolutionType, retyped.LearningSet));
    }

    [Fact]
    public async Task An_unknown_or_closed_set_cannot_be_linked_and_nothing_is_written()
    {
        var world = await factory.SetOptionWorldAsync();
        var closed = await world.AnotherSetAsync("Finished set", "Closed");
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));

        var unknown = await (await world.Manager.PostOptionAsync(need.Id, OptionSetArrange.SetOptionBody(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningSetId"], unknown.Keys);
        var closedErrors = await (await world.Manager.PostOptionAsync(need.Id, OptionSetArrange.SetOptionBody(closed.Id))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningSetId"], closedErrors.Keys);
        Assert.Contains("closed", closedErrors["learningSetId"][0], StringComparison.Ordinal);
        Assert.Empty((await (await world.Manager.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ReadAs<Page<OptionWithSet>>()).Items);

        var option = await world.Manager.AddSetOptionAsync(need.Id, null);
        var onUpdate = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(closed.Id, version: option.Version)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningSetId"], onUpdate.Keys);
        var unknownOnUpdate = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(Guid.NewGuid(), version: option.Version)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningSetId"], unknownOnUpdate.Keys);
        Assert.Equal((option.Version, (LinkedSet?)null), ((await world.Manager.OptionAsync(option.Id)).Version, (await world.Manager.OptionAsync(option.Id)).LearningSet));
    }

    [Fact]
    public async Task A_set_that_closes_after_it_was_linked_does_not_block_editing_the_option()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));
        var option = await world.Manager.AddSetOptionAsync(need.Id, world.Set.Id);
        await world.MoveSetAsync(world.Set, "Closed");

        var edited = await (await world.Manager.PutOptionAsync(option.Id, OptionSetArrange.SetOptionBody(world.Set.Id, description: "Join the set's last meetings", version: option.Version)))
            .ReadAs<OptionWithSet>();

        Assert.Equal(("Join the set's last meetings", "Closed"), (edited.Description, edited.LearningSet!.Status));
    }

    [Fact]
    public async Task Linking_a_set_changes_nobody_s_access_to_the_option()
    {
        var world = await factory.SetOptionWorldAsync();
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));
        var option = await world.Manager.AddSetOptionAsync(need.Id, world.Set.Id);
        var update = OptionSetArrange.SetOptionBody(world.Set.Id, description: "Taken over", version: option.Version);

        // The set's facilitator and members, and a manager outside the line, still do not see the learner's option.
        foreach (var email in new[] { world.Facilitator.Email, world.Line.Colleague.Email, world.Line.Outsider.Email, world.Line.OtherManager.Email })
        {
            var outsider = await factory.SignInAsync(email);
            await (await outsider.Http.GetAsync($"/api/solution-options/{option.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"/api/development-needs/{need.Id}/options")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.PutOptionAsync(option.Id, update)).ShouldBeProblem(HttpStatusCode.NotFound);
        }

        // The learner reads it but may not change it; the director above the manager reads but does not manage it.
        var report = await factory.SignInAsync(world.Line.Report.Email);
        Assert.Equal(world.Set.Id, (await report.OptionAsync(option.Id)).LearningSet!.Id);
        await (await report.PutOptionAsync(option.Id, update)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await report.PostOptionAsync(need.Id, OptionSetArrange.SetOptionBody(world.Set.Id))).ShouldBeProblem(HttpStatusCode.Forbidden);
        var director = await factory.SignInAsync(world.Line.Director.Email);
        await (await director.PutOptionAsync(option.Id, update)).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Equal(option.Version, (await world.Manager.OptionAsync(option.Id)).Version);
    }
}
