using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class AdviceRequestTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private static object Ask(Guid needId, string question = "Which suppliers do we prefer for chairing skills?") =>
        new { needId, topics = new[] { "PreferredSuppliers", "SolutionResearch" }, question };

    [Fact]
    public async Task Hrs_recommendation_becomes_an_option_the_manager_can_select()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var request = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id))).ReadAs<AdviceRequest>(HttpStatusCode.Created);
        Assert.Equal(("Open", "Chair tenant panel meetings"), (request.Status, request.NeedTitle));

        var hr = await factory.SignInAsync(line.Hr.Email);
        var offering = await hr.OfferingAsync("Chairing meetings well");
        var queue = await (await hr.Http.GetAsync("/api/advice-requests?status=Open&limit=200")).ReadAs<Page<AdviceRequest>>();
        Assert.Contains(queue.Items, item => item.Id == request.Id);
        var answered = await (await hr.Http.PostAsJsonAsync($"/api/advice-requests/{request.Id}/response",
            new { answer = "Northern College runs a good two-day course.", recommendedOfferingIds = new[] { offering }, request.Version })).ReadAs<AdviceRequest>();
        Assert.Equal(("Answered", "Hana Hr"), (answered.Status, answered.AnsweredByName));

        var option = await (await manager.Http.PostAsync($"/api/advice-requests/{request.Id}/recommendations/{offering}/option", null)).ReadAs<SolutionOption>(HttpStatusCode.Created);
        Assert.Equal((offering, "ExternalTraining", 450m), (option.OfferingId!.Value, option.SolutionType, option.Cost!.Value));
        var seen = await (await manager.Http.GetAsync($"/api/advice-requests/{request.Id}")).ReadAs<AdviceRequest>();
        Assert.Equal(option.Id, Assert.Single(seen.Recommendations).AdoptedAsOptionId);
        await (await manager.Http.PostAsync($"/api/advice-requests/{request.Id}/recommendations/{offering}/option", null)).ShouldBeProblem(HttpStatusCode.Conflict);

        var selected = await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "HR's preferred course", option.Version }))
            .ReadAs<SolutionOption>();
        Assert.Equal("Selected", selected.Status);
    }

    [Fact]
    public async Task Only_hr_answers_and_only_the_line_manager_asks()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var request = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id))).ReadAs<AdviceRequest>(HttpStatusCode.Created);

        await (await manager.Http.PostAsJsonAsync($"/api/advice-requests/{request.Id}/response", new { answer = "Answering myself", request.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var report = await factory.SignInAsync(line.Report.Email);
        await (await report.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id))).ShouldBeProblem(HttpStatusCode.Forbidden);
        var otherManager = await factory.SignInAsync(line.OtherManager.Email);
        await (await otherManager.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherManager.Http.GetAsync($"/api/advice-requests/{request.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var theirs = await (await otherManager.Http.GetAsync("/api/advice-requests")).ReadAs<Page<AdviceRequest>>();
        Assert.Empty(theirs.Items);
    }

    [Fact]
    public async Task Hrs_queue_is_oldest_first_and_pages()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var ids = new List<Guid>();
        foreach (var question in new[] { "First question", "Second question", "Third question" })
        {
            ids.Add((await (await manager.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id, question))).ReadAs<AdviceRequest>(HttpStatusCode.Created)).Id);
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var hr = await factory.SignInAsync(line.Hr.Email);
        var first = await (await hr.Http.GetAsync($"/api/advice-requests?needId={need.Id}&limit=2")).ReadAs<Page<AdviceRequest>>();
        var second = await (await hr.Http.GetAsync($"/api/advice-requests?needId={need.Id}&limit=2&after={first.Next}")).ReadAs<Page<AdviceRequest>>();
        Assert.Equal(ids, first.Items.Concat(second.Items).Select(item => item.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task Bad_requests_and_answers_are_field_errors()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var aspiration = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Secret plan", origin: "PersonalAspiration", isPrivate: true));
        var manager = await factory.SignInAsync(line.Manager.Email);
        var privateErrors = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", Ask(aspiration.Id))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("needId", privateErrors.Keys);

        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var errors = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", new { needId = need.Id, topics = new[] { "Gossip" }, question = "" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Superset(new HashSet<string> { "topics[0]", "question" }, errors.Keys.ToHashSet());

        var request = await (await manager.Http.PostAsJsonAsync("/api/advice-requests", Ask(need.Id))).ReadAs<AdviceRequest>(HttpStatusCode.Created);
        var hr = await factory.SignInAsync(line.Hr.Email);
        var answerErrors = await (await hr.Http.PostAsJsonAsync($"/api/advice-requests/{request.Id}/response",
            new { answer = "Try this", recommendedOfferingIds = new[] { Guid.NewGuid() }, request.Version })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("recommendedOfferingIds", answerErrors.Keys);
        var unchanged = await (await hr.Http.GetAsync($"/api/advice-requests/{request.Id}")).ReadAs<AdviceRequest>();
        Assert.Equal("Open", unchanged.Status);
    }
}
