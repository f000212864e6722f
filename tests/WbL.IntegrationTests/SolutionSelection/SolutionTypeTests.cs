using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class SolutionTypeTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Anyone_signed_in_reads_the_seeded_types_in_order()
    {
        var line = await factory.LineAsync();
        var learner = await factory.SignInAsync(line.Report.Email);

        var types = await (await learner.Http.GetAsync("/api/solution-types")).ReadAs<Page<SolutionType>>();

        Assert.Equal(CatalogueArrange.SeededTypes, types.Items.Take(CatalogueArrange.SeededTypes.Length).Select(type => type.Code));
        Assert.Equal("Work shadowing", types.Items[0].Name);
        Assert.All(types.Items, type => Assert.True(type.Active));
        Assert.Null(types.Next);
    }

    [Fact]
    public async Task Hr_adds_a_type_that_appears_last_in_the_list_and_can_be_used_by_an_offering()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var code = CatalogueArrange.Unique("JobRotation");

        var created = await hr.CreateSolutionTypeAsync(code, "  Job rotation ");
        Assert.Equal("Job rotation", created.Name);
        Assert.True(created.Active);
        Assert.Equal(1, created.Version);

        var manager = await factory.SignInAsync(line.Manager.Email);
        var types = await (await manager.Http.GetAsync("/api/solution-types")).ReadAs<Page<SolutionType>>();
        Assert.Equal(code, types.Items[^1].Code);
        Assert.True(types.Items[^1].Position > types.Items[^2].Position);

        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Rotation Academy "), "InternalAcademy");
        var offering = await hr.CreateOfferingAsync(provider.Id, "Three-month rotation", code);
        Assert.Equal(code, offering.SolutionType);
        Assert.Equal("Job rotation", offering.SolutionTypeName);
    }

    [Fact]
    public async Task Only_hr_writes_solution_types()
    {
        var line = await factory.LineAsync();
        var code = CatalogueArrange.Unique("Shadowing");
        foreach (var person in new[] { line.Manager, line.Report })
        {
            var client = await factory.SignInAsync(person.Email);
            await (await client.Http.PostAsJsonAsync("/api/solution-types", new { code, name = "Not allowed" })).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await client.Http.PutAsJsonAsync("/api/solution-types/WorkShadowing", new { name = "Renamed", active = false, version = 1 }))
                .ShouldBeProblem(HttpStatusCode.Forbidden);
        }

        var hr = await factory.SignInAsync(line.Hr.Email);
        var all = await (await hr.Http.GetAsync("/api/solution-types?includeInactive=true")).ReadAs<Page<SolutionType>>();
        Assert.DoesNotContain(all.Items, type => type.Code == code);
        Assert.Equal("Work shadowing", all.Items.Single(type => type.Code == "WorkShadowing").Name);
    }

    [Fact]
    public async Task Codes_must_be_new_pascal_case_letters()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);

        foreach (var code in new[] { "job rotation", "jobRotation", "Job_Rotation", "JobRotation2", "", "Workshadowing", "WorkShadowing" })
        {
            var errors = await (await hr.Http.PostAsJsonAsync("/api/solution-types", new { code, name = "Job rotation" })).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.Equal(["code"], errors.Keys);
        }
        var nameless = await (await hr.Http.PostAsJsonAsync("/api/solution-types", new { code = CatalogueArrange.Unique("Nameless"), name = " " }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["name"], nameless.Keys);
    }

    [Fact]
    public async Task A_retired_type_is_listed_only_for_hr_and_refused_for_new_offerings_but_kept_on_existing_ones()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var code = CatalogueArrange.Unique("Sabbatical");
        var type = await hr.CreateSolutionTypeAsync(code, "Sabbatical");
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Sabbatical Trust "), "PrivateProvider");
        var existing = await hr.CreateOfferingAsync(provider.Id, "Research sabbatical", code);

        var retired = await (await hr.Http.PutAsJsonAsync($"/api/solution-types/{code}", new { name = "Sabbatical (retired)", active = false, type.Version }))
            .ReadAs<SolutionType>();
        Assert.False(retired.Active);
        Assert.Equal(type.Version + 1, retired.Version);

        var manager = await factory.SignInAsync(line.Manager.Email);
        var active = await (await manager.Http.GetAsync("/api/solution-types")).ReadAs<Page<SolutionType>>();
        Assert.DoesNotContain(active.Items, item => item.Code == code);
        await (await manager.Http.GetAsync("/api/solution-types?includeInactive=true")).ShouldBeProblem(HttpStatusCode.Forbidden);
        var all = await (await hr.Http.GetAsync("/api/solution-types?includeInactive=true")).ReadAs<Page<SolutionType>>();
        Assert.Contains(all.Items, item => item.Code == code && !item.Active);

        var refused = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody("Another sabbatical", code)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["solutionType"], refused.Keys);
        // Moved off the retired type, an offering cannot be moved back onto it.
        var moved = await (await hr.Http.PutAsJsonAsync($"/api/offerings/{existing.Id}", CatalogueArrange.UpdateBody(existing, solutionType: "ExternalTraining")))
            .ReadAs<Offering>();
        var movedBack = await hr.Http.PutAsJsonAsync($"/api/offerings/{existing.Id}", CatalogueArrange.UpdateBody(moved, solutionType: code));
        Assert.Equal(["solutionType"], (await movedBack.ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task An_offering_keeps_a_type_retired_after_it_was_chosen()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var code = CatalogueArrange.Unique("Residential");
        var type = await hr.CreateSolutionTypeAsync(code, "Residential course");
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Residential College "));
        var offering = await hr.CreateOfferingAsync(provider.Id, "Leadership week", code);
        await (await hr.Http.PutAsJsonAsync($"/api/solution-types/{code}", new { name = type.Name, active = false, type.Version })).ShouldHaveStatus(HttpStatusCode.OK);

        var edited = await (await hr.Http.PutAsJsonAsync($"/api/offerings/{offering.Id}", CatalogueArrange.UpdateBody(offering, title: "Leadership week (5 days)")))
            .ReadAs<Offering>();

        Assert.Equal(code, edited.SolutionType);
        Assert.Equal("Leadership week (5 days)", edited.Title);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_409_and_an_unknown_code_is_404()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var code = CatalogueArrange.Unique("Buddying");
        var type = await hr.CreateSolutionTypeAsync(code, "Buddying");

        var renamed = await (await hr.Http.PutAsJsonAsync($"/api/solution-types/{code}", new { name = "Buddying scheme", active = true, type.Version }))
            .ReadAs<SolutionType>();
        Assert.Equal("Buddying scheme", renamed.Name);

        await (await hr.Http.PutAsJsonAsync($"/api/solution-types/{code}", new { name = "Stale", active = true, type.Version })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await hr.Http.PutAsJsonAsync($"/api/solution-types/{CatalogueArrange.Unique("Missing")}", new { name = "Missing", active = true, version = 1 }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var types = await (await hr.Http.GetAsync("/api/solution-types")).ReadAs<Page<SolutionType>>();
        Assert.Equal("Buddying scheme", types.Items.Single(item => item.Code == code).Name);
    }
}
