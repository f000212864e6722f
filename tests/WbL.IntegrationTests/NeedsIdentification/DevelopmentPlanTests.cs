using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.NeedsIdentification;

public sealed class DevelopmentPlanTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_plan_lists_open_needs_first_with_status_and_history()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var cancelled = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "Old need"));
        await (await manager.Http.PostAsJsonAsync($"/api/development-needs/{cancelled.Id}/cancel", new { reason = "Superseded", cancelled.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var open = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "New need"));

        var report = await factory.SignInAsync(line.Report.Email);
        var plan = await (await report.Http.GetAsync($"/api/people/{line.Report.Id}/plan")).ReadAs<DevelopmentPlan>();

        Assert.Equal("Rae Report", plan.Learner.DisplayName);
        Assert.Equal([open.Id, cancelled.Id], plan.Needs.Select(need => need.Id));
        Assert.Equal((1, 1), (plan.NeedsByStatus["Identified"], plan.NeedsByStatus["Cancelled"]));
        Assert.Equal(["Recorded", "Cancelled"], plan.Needs[1].History.Select(entry => entry.Action));
    }

    [Fact]
    public async Task A_learner_cannot_read_a_colleagues_plan_or_export_it()
    {
        var line = await factory.LineAsync();
        var colleague = await factory.SignInAsync(line.Colleague.Email);

        await (await colleague.Http.GetAsync($"/api/people/{line.Report.Id}/plan")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await colleague.Http.GetAsync($"/api/people/{line.Report.Id}/plan/export?format=json")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await colleague.Http.GetAsync($"/api/people/{line.Report.Id}/plan?format=html")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await colleague.Http.GetAsync($"/api/people/{Guid.NewGuid()}/plan")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_json_export_is_a_download_the_learner_can_take_away()
    {
        var line = await factory.LineAsync();
        await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var report = await factory.SignInAsync(line.Report.Email);

        var response = await report.Http.GetAsync($"/api/people/{line.Report.Id}/plan/export?format=json");
        await response.ShouldHaveStatus(HttpStatusCode.OK);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("development-plan-rae-report-2026-11-02.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Rae Report", document.GetProperty("learner").GetProperty("displayName").GetString());
        var need = document.GetProperty("needs")[0];
        Assert.Equal("Chair tenant panel meetings", need.GetProperty("title").GetString());
        Assert.Equal(2, need.GetProperty("learningOutcomes").GetArrayLength());
    }

    [Fact]
    public async Task The_html_export_is_a_printable_page_where_typed_text_cannot_run()
    {
        var line = await factory.LineAsync();
        await (await factory.SignInAsync(line.Manager.Email)).CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, "<script>alert(1)</script> Negotiation"));
        var report = await factory.SignInAsync(line.Report.Email);

        foreach (var url in new[] { $"/api/people/{line.Report.Id}/plan/export?format=html", $"/api/people/{line.Report.Id}/plan?format=html" })
        {
            var response = await report.Http.GetAsync(url);
            await response.ShouldHaveStatus(HttpStatusCode.OK);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Development plan", html);
            Assert.Contains("Chair a tenant panel meeting to time", html);
            Assert.DoesNotContain("<script>", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_field_error()
    {
        var line = await factory.LineAsync();
        var report = await factory.SignInAsync(line.Report.Email);
        var errors = await (await report.Http.GetAsync($"/api/people/{line.Report.Id}/plan/export?format=xml")).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("format", errors.Keys);
    }
}
