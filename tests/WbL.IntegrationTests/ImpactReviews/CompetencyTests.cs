using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed class CompetencyTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Completed_learning_adds_the_needs_competency_tags_to_the_learners_plan()
    {
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        var planUrl = $"/api/people/{active.Line.Report.Id}/plan";
        Assert.Empty((await (await active.Report.Http.GetAsync(planUrl)).ReadAs<PlanWithCompetencies>()).Competencies);

        await active.CompleteAsync("2026-10-30");

        var plan = await (await active.Report.Http.GetAsync(planUrl)).ReadAs<PlanWithCompetencies>();
        Assert.Equal(
            [new PlanCompetency("facilitation", NeedsArrange.Today, active.Contract.NeedId), new PlanCompetency("written communication", NeedsArrange.Today, active.Contract.NeedId)],
            plan.Competencies);
        // The line and HR read them too; the portable export carries them.
        var hr = await factory.SignInAsync(active.Line.Hr.Email);
        Assert.Equal(2, (await (await hr.Http.GetAsync(planUrl)).ReadAs<PlanWithCompetencies>()).Competencies.Length);
        var export = await active.Report.Http.GetAsync($"{planUrl}/export?format=json");
        await export.ShouldHaveStatus(HttpStatusCode.OK);
        var exported = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement.GetProperty("competencies");
        Assert.Equal(["facilitation", "written communication"], exported.EnumerateArray().Select(item => item.GetProperty("tag").GetString()));
        var html = await (await active.Report.Http.GetAsync($"{planUrl}/export?format=html")).Content.ReadAsStringAsync();
        Assert.Contains("<h2>Competencies</h2>", html, StringComparison.Ordinal);
        Assert.Contains("written communication", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_is_held_once_from_the_first_learning_that_gave_it()
    {
        var first = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        await first.CompleteAsync("2026-10-30");

        // A second need for the same learner with an overlapping tag, contracted and completed.
        var need = await first.Manager.CreateNeedAsync(new
        {
            learnerId = first.Line.Report.Id,
            title = "Lead tenant consultations",
            learningOutcomes = new[] { "Plan and lead a tenant consultation event" },
            performanceImprovement = "Consultations reach more tenants",
            origin = "PerformanceGap",
            priority = "Medium",
            competencyTags = new[] { "Facilitation", "Consultation" },
        });
        var option = await first.Manager.AddOptionAsync(need.Id);
        await (await first.Manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Best transfer", option.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        var proposed = await first.Manager.ProposeAsync(await first.Manager.DraftAsync(need.Id, ImpactArrange.PastTerms(null)));
        var signed = await (await first.Report.SignAsync(proposed)).ReadAs<Contract>();
        var second = await (await first.Manager.SignAsync(signed)).ReadAs<Contract>();
        await (first with { Contract = second }).CompleteAsync("2026-10-31");

        var plan = await (await first.Report.Http.GetAsync($"/api/people/{first.Line.Report.Id}/plan")).ReadAs<PlanWithCompetencies>();
        Assert.Equal(
            [("consultation", need.Id), ("facilitation", first.Contract.NeedId), ("written communication", first.Contract.NeedId)],
            plan.Competencies.Select(competency => (competency.Tag, competency.NeedId)));
    }
}
