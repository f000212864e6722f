using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class ProgrammeTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_candidate_appears_at_the_threshold_and_disappears_when_its_needs_are_enrolled()
    {
        var line = await factory.LineAsync();
        var tag = $"negotiation-{Guid.NewGuid():N}";
        var manager = await factory.SignInAsync(line.Manager.Email);
        var otherManager = await factory.SignInAsync(line.OtherManager.Email);
        var hr = await factory.SignInAsync(line.Hr.Email);

        var first = await manager.NeedWithTagAsync(line.Report.Id, tag);
        var second = await manager.NeedWithTagAsync(line.Colleague.Id, tag);
        var before = await (await hr.Http.GetAsync("/api/corporate-programmes/candidates")).ReadAs<Page<Candidate>>();
        Assert.DoesNotContain(before.Items, candidate => candidate.CompetencyTag == tag);

        var third = await otherManager.NeedWithTagAsync(line.Outsider.Id, tag);
        var at = await (await hr.Http.GetAsync("/api/corporate-programmes/candidates")).ReadAs<Page<Candidate>>();
        var cluster = Assert.Single(at.Items, candidate => candidate.CompetencyTag == tag);
        Assert.Equal((3, 2), (cluster.NeedCount, cluster.TeamCount));

        var programme = await (await hr.Http.PostAsJsonAsync("/api/corporate-programmes", new
        {
            title = "Negotiating contracts",
            competencyTag = tag,
            costPerHead = 300m,
            managersConsulted = new[] { line.Manager.Id, line.OtherManager.Id },
        })).ReadAs<Programme>(HttpStatusCode.Created);
        var enrolled = await (await hr.Http.PostAsJsonAsync($"/api/corporate-programmes/{programme.Id}/enrolments",
            new { needIds = new[] { first.Id, second.Id, third.Id } })).ReadAs<Programme>();

        Assert.Equal((3, 900m, false), (enrolled.Enrolments.Length, enrolled.TotalCost, enrolled.TotalCostAgreed));
        var after = await (await hr.Http.GetAsync("/api/corporate-programmes/candidates")).ReadAs<Page<Candidate>>();
        Assert.DoesNotContain(after.Items, candidate => candidate.CompetencyTag == tag);
        var options = await (await manager.Http.GetAsync($"/api/development-needs/{first.Id}/options")).ReadAs<Page<SolutionOption>>();
        var place = Assert.Single(options.Items);
        Assert.Equal(("Selected", programme.Id, "InHouseProgramme"), (place.Status, place.ProgrammeId!.Value, place.SolutionType));
        var need = await (await manager.Http.GetAsync($"/api/development-needs/{first.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("SolutionSelected", need.Status);
    }

    [Fact]
    public async Task Private_aspirations_never_make_a_candidate()
    {
        var line = await factory.LineAsync();
        var tag = $"policy-{Guid.NewGuid():N}";
        foreach (var learner in new[] { line.Report, line.Colleague, line.Outsider })
        {
            var client = await factory.SignInAsync(learner.Email);
            var body = new
            {
                learnerId = learner.Id,
                title = "Move into policy",
                learningOutcomes = new[] { "Draft a housing policy consultation response" },
                performanceImprovement = "Ready for a policy role",
                origin = "PersonalAspiration",
                isPrivate = true,
                priority = "Low",
                competencyTags = new[] { tag },
            };
            var aspiration = await client.CreateNeedAsync(body);
            var manager = await factory.SignInAsync(learner.ManagerId == line.Manager.Id ? line.Manager.Email : line.OtherManager.Email);
            await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{aspiration.Id}/confirm", new { aspiration.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var hr = await factory.SignInAsync(line.Hr.Email);
        var candidates = await (await hr.Http.GetAsync("/api/corporate-programmes/candidates")).ReadAs<Page<Candidate>>();
        Assert.DoesNotContain(candidates.Items, candidate => candidate.CompetencyTag == tag);
    }

    [Fact]
    public async Task Only_hr_finds_candidates_and_runs_programmes_while_managers_read_them()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var body = new { title = "Leadership", competencyTag = "leadership", costPerHead = 100m };

        await (await manager.Http.GetAsync("/api/corporate-programmes/candidates")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.PostAsJsonAsync("/api/corporate-programmes", body)).ShouldBeProblem(HttpStatusCode.Forbidden);
        var hr = await factory.SignInAsync(line.Hr.Email);
        var programme = await (await hr.Http.PostAsJsonAsync("/api/corporate-programmes", body)).ReadAs<Programme>(HttpStatusCode.Created);
        await (await manager.Http.GetAsync($"/api/corporate-programmes/{programme.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await report.Http.GetAsync($"/api/corporate-programmes/{programme.Id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.PostAsJsonAsync($"/api/corporate-programmes/{programme.Id}/enrolments", new { needIds = new[] { Guid.NewGuid() } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Enrolment_is_all_or_nothing_and_refuses_needs_that_already_have_a_solution()
    {
        var line = await factory.LineAsync();
        var tag = $"budgeting-{Guid.NewGuid():N}";
        var manager = await factory.SignInAsync(line.Manager.Email);
        var free = await manager.NeedWithTagAsync(line.Report.Id, tag);
        var taken = await manager.NeedWithTagAsync(line.Colleague.Id, tag);
        var option = await manager.AddOptionAsync(taken.Id);
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Already sorted", option.Version })).ShouldHaveStatus(HttpStatusCode.OK);

        var hr = await factory.SignInAsync(line.Hr.Email);
        var programme = await (await hr.Http.PostAsJsonAsync("/api/corporate-programmes", new { title = "Budgeting", competencyTag = tag, costPerHead = 120m, totalCost = 1000m }))
            .ReadAs<Programme>(HttpStatusCode.Created);
        var errors = await (await hr.Http.PostAsJsonAsync($"/api/corporate-programmes/{programme.Id}/enrolments", new { needIds = new[] { free.Id, taken.Id } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("needIds[1]", errors.Keys);

        var unchanged = await (await hr.Http.GetAsync($"/api/corporate-programmes/{programme.Id}")).ReadAs<Programme>();
        Assert.Empty(unchanged.Enrolments);
        Assert.Equal((1000m, true), (unchanged.TotalCost, unchanged.TotalCostAgreed));
        var freeNeed = await (await manager.Http.GetAsync($"/api/development-needs/{free.Id}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("Identified", freeNeed.Status);
    }

    [Fact]
    public async Task A_programme_moves_forward_only_and_updates_are_versioned()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var programme = await (await hr.Http.PostAsJsonAsync("/api/corporate-programmes", new { title = "Coaching skills", competencyTag = "coaching", costPerHead = 80m }))
            .ReadAs<Programme>(HttpStatusCode.Created);
        object Update(string status, int version) => new { title = "Coaching skills", costPerHead = 80m, status, managersConsulted = new[] { line.Manager.Id }, version };

        var running = await (await hr.Http.PutAsJsonAsync($"/api/corporate-programmes/{programme.Id}", Update("Running", programme.Version))).ReadAs<Programme>();
        Assert.Equal("Running", running.Status);
        await (await hr.Http.PutAsJsonAsync($"/api/corporate-programmes/{programme.Id}", Update("Procuring", running.Version))).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await hr.Http.PutAsJsonAsync($"/api/corporate-programmes/{programme.Id}", Update("Completed", programme.Version))).ShouldBeProblem(HttpStatusCode.Conflict);
        var errors = await (await hr.Http.PutAsJsonAsync($"/api/corporate-programmes/{programme.Id}", Update("Paused", running.Version))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("status", errors.Keys);
    }
}
