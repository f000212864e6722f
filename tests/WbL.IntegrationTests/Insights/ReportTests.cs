using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Insights;

public sealed class ReportTests(ReportsFixture seeded) : IClassFixture<ReportsFixture>
{
    private static readonly string[] Reports =
    [
        "needs-by-origin-and-department", "solutions-by-type", "spend-by-department-and-period", "completion-rates", "progress-reviews-on-time",
        "impact-results",
    ];

    [Fact]
    public async Task The_list_names_every_report_with_its_filters()
    {
        var list = await (await seeded.Hr.Http.GetAsync("/api/reports")).ReadAs<JsonElement>();

        var names = list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()).ToArray();
        Assert.Equal(Reports, names);
    }

    [Fact]
    public async Task Needs_are_counted_by_department_and_origin_and_the_private_aspiration_is_counted()
    {
        var report = await seeded.Hr.ReportAsync("needs-by-origin-and-department");

        Assert.Equal(
            [("Finance", "Business requirement", 1, 0), ("Operations", "Performance gap", 1, 0), ("Operations", "Personal aspiration", 1, 1)],
            report.Rows.Select(row => (row.Text("department"), row.Text("origin"), row.Whole("needs"), row.Whole("privateAspirations"))).ToArray());
    }

    [Fact]
    public async Task Filters_narrow_to_a_department_and_a_period()
    {
        var finance = await seeded.Hr.ReportAsync($"needs-by-origin-and-department?departmentId={seeded.Finance.Id}");
        var later = await seeded.Hr.ReportAsync("needs-by-origin-and-department?from=2026-11-03");
        var today = await seeded.Hr.ReportAsync("needs-by-origin-and-department?from=2026-11-02&to=2026-11-02");

        Assert.Equal(["Finance"], finance.Rows.Select(row => row.Text("department")).ToArray());
        Assert.Empty(later.Rows);
        Assert.Equal(3, today.Rows.Sum(row => row.Whole("needs")));
    }

    [Fact]
    public async Task Selected_options_are_counted_by_solution_type_in_hr_order()
    {
        var report = await seeded.Hr.ReportAsync("solutions-by-type");

        Assert.Equal(8, report.Rows.Length);
        var used = report.Rows.Where(row => row.Whole("selected") > 0)
            .Select(row => (row.Text("solutionType"), row.Whole("selected"), row.Whole("withProvider"), row.Number("estimatedCost"))).ToArray();
        Assert.Equal([("Work shadowing", 1, 0, (decimal?)0m), ("External training (accredited or not)", 1, 1, 450m)], used);
    }

    [Fact]
    public async Task Spend_is_the_agreed_cost_by_department_and_the_month_or_quarter_the_learning_starts()
    {
        var monthly = await seeded.Hr.ReportAsync("spend-by-department-and-period");
        var quarterly = await seeded.Hr.ReportAsync("spend-by-department-and-period?groupBy=quarter");

        Assert.Equal(
            [("Operations", "2026-05", 1, (decimal?)12_000m), ("Finance", "2026-06", 1, 12_000m)],
            monthly.Rows.Select(row => (row.Text("department"), row.Text("period"), row.Whole("contracts"), row.Number("committed"))).ToArray());
        Assert.Equal(
            [("Finance", "2026-Q2", (decimal?)12_000m), ("Operations", "2026-Q2", 12_000m)],
            quarterly.Rows.Select(row => (row.Text("department"), row.Text("period"), row.Number("committed"))).ToArray());
    }

    [Fact]
    public async Task Completion_rates_are_given_by_department_and_by_solution_type()
    {
        var report = await seeded.Hr.ReportAsync("completion-rates");

        Assert.Equal(
            [
                ("Department", "Finance", 1, 0, 0, 1, (decimal?)0.0m),
                ("Department", "Operations", 1, 0, 1, 0, 100.0m),
                ("Solution type", "Work shadowing", 1, 0, 1, 0, 100.0m),
                ("Solution type", "External training (accredited or not)", 1, 0, 0, 1, 0.0m),
            ],
            report.Rows.Select(row => (row.Text("dimension"), row.Text("group"), row.Whole("contracts"), row.Whole("active"), row.Whole("completed"),
                row.Whole("withdrawn"), row.Number("completionRate"))).ToArray());
    }

    [Fact]
    public async Task Progress_reviews_are_classed_as_the_schedule_shows_them()
    {
        var schedule = await (await seeded.Hr.Http.GetAsync($"/api/contracts/{seeded.Completed.Active.Contract.Id}/progress-reviews")).ReadAs<JsonElement>();
        var today = new DateOnly(2026, 11, 2);
        var states = schedule.GetProperty("reviews").EnumerateArray()
            .Select(review => (Status: review.GetProperty("status").GetString(), On: DateOnly.Parse(review.GetProperty("scheduledOn").GetString()!, CultureInfo.InvariantCulture),
                Held: review.GetProperty("heldOn").ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.Parse(review.GetProperty("heldOn").GetString()!, CultureInfo.InvariantCulture)))
            .Where(review => review.Status != "Cancelled" && (review.Status == "Held" || review.On < today))
            .ToList();

        var report = await seeded.Hr.ReportAsync("progress-reviews-on-time");

        var missed = states.Count(review => review.Status != "Held");
        if (states.Count == 0)
        {
            Assert.Empty(report.Rows);
            return;
        }
        var row = Assert.Single(report.Rows);
        Assert.Equal(("Operations", states.Count, missed), (row.Text("department"), row.Whole("due"), row.Whole("missed")));
        Assert.Equal(Math.Round((states.Count - missed - row.Whole("late")) * 100m / states.Count, 1, MidpointRounding.AwayFromZero), row.Number("onTimeRate"));
    }

    [Fact]
    public async Task Impact_results_average_the_reviews_by_solution_type_and_by_provider()
    {
        var report = await seeded.Hr.ReportAsync("impact-results");

        Assert.Equal(
            [
                ("Solution type", "Work shadowing", 1, 1, (decimal?)150.0m, (decimal?)2.50m, (decimal?)4.00m, (decimal?)5.00m),
                ("Provider", "No provider", 1, 1, 150.0m, 2.50m, 4.00m, 5.00m),
            ],
            report.Rows.Select(row => (row.Text("dimension"), row.Text("group"), row.Whole("reviews"), row.Whole("withRoi"), row.Number("averageRoiPercent"),
                row.Number("averageBenefitCostRatio"), row.Number("averageTransferRating"), row.Number("averageReactionRating"))).ToArray());
    }

    [Fact]
    public async Task A_providers_outcome_record_counts_its_contracts_and_reviews()
    {
        var outcomes = await (await seeded.Hr.Http.GetAsync($"/api/reports/provider-outcomes?providerId={seeded.ProviderId}")).ReadAs<ProviderOutcomes>();

        Assert.Equal(new ProviderOutcomes(seeded.ProviderId, 1, 0, 0, 1, 0.0m, 0, null, null, null), outcomes);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task The_csv_holds_the_same_rows_as_the_json(string name)
    {
        var json = await seeded.Hr.ReportAsync(name);
        var response = await seeded.Hr.Http.GetAsync($"/api/reports/{name}?format=csv");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{name}-2026-11-02.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var reader = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), new CsvReaderOptions());
        var records = new List<string[]> { reader.Headers.ToArray() };
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        Assert.Equal(json.Columns.Select(column => column.Label).ToArray(), records[0]);
        Assert.Equal(json.Rows.Length, records.Count - 1);
        for (var index = 0; index < json.Rows.Length; index++)
        {
            var expected = json.Columns.Select(column => json.Rows[index][column.Key] switch
            {
                { ValueKind: JsonValueKind.Null } => "",
                { ValueKind: JsonValueKind.String } text => text.GetString()!,
                var number => number.GetDecimal().ToString(CultureInfo.InvariantCulture),
            }).ToArray();
            Assert.Equal(expected, records[index + 1]);
        }
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public async Task A_private_aspiration_is_never_named(string name)
    {
        var json = await (await seeded.Hr.Http.GetAsync($"/api/reports/{name}")).Content.ReadAsStringAsync();
        var csv = await (await seeded.Hr.Http.GetAsync($"/api/reports/{name}?format=csv")).Content.ReadAsStringAsync();

        Assert.DoesNotContain(ReportsFixture.PrivateTitle, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ReportsFixture.PrivateTitle, csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hr_of_another_organisation_sees_none_of_these_figures()
    {
        var otherHr = await seeded.Factory.SignInAsync(seeded.Completed.Line.OtherOrganisationHr.Email);

        var needs = await otherHr.ReportAsync("needs-by-origin-and-department");
        var outcomes = await (await otherHr.Http.GetAsync($"/api/reports/provider-outcomes?providerId={seeded.ProviderId}")).ReadAs<ProviderOutcomes>();

        Assert.Empty(needs.Rows);
        Assert.Equal(0, outcomes.Contracts);
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/reports/needs-by-origin-and-department")]
    [InlineData("/api/reports/impact-results?format=csv")]
    [InlineData("/api/reports/provider-outcomes?providerId=0b4f3a8e-8d3c-4f7e-9a51-5d2f0c1e7a11")]
    public async Task Learners_and_managers_are_refused(string path)
    {
        var learner = seeded.Completed.Report;
        var manager = seeded.Completed.Manager;

        await (await learner.Http.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await manager.Http.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_reads_reports()
    {
        var admin = await seeded.Factory.SignInAsAdminAsync();

        await (await admin.Http.GetAsync("/api/reports/completion-rates")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_report_is_not_found()
    {
        await (await seeded.Hr.Http.GetAsync("/api/reports/salaries")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("needs-by-origin-and-department?from=2026-11-02&to=2026-10-01", "to")]
    [InlineData("spend-by-department-and-period?groupBy=week", "groupBy")]
    [InlineData("solutions-by-type?format=xml", "format")]
    public async Task Bad_filters_are_refused_with_the_field(string nameAndQuery, string field)
    {
        var errors = await (await seeded.Hr.Http.GetAsync($"/api/reports/{nameAndQuery}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors.Keys, key => string.Equals(key, field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_unit_that_is_not_a_department_of_the_organisation_is_refused()
    {
        var team = await (await seeded.Hr.Http.GetAsync($"/api/reports/completion-rates?departmentId={seeded.Completed.Line.Team.Id}")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var other = await (await seeded.Hr.Http.GetAsync($"/api/reports/completion-rates?departmentId={seeded.Completed.Line.OtherOrganisation.Id}")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var notADate = await seeded.Hr.Http.GetAsync("/api/reports/completion-rates?from=yesterday");

        Assert.Contains("departmentId", team.Keys);
        Assert.Contains("departmentId", other.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
    }

    [Fact]
    public async Task Provider_outcomes_need_a_provider()
    {
        var errors = await (await seeded.Hr.Http.GetAsync("/api/reports/provider-outcomes")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors.Keys, key => string.Equals(key, "providerId", StringComparison.OrdinalIgnoreCase));
    }

    public static TheoryData<string> ReportNames => new(Reports);
}
