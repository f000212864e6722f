using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class OfferingTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Hr_adds_an_offering_shown_with_its_provider_and_type_and_managers_read_it()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Leadership Institute "), "PrivateProvider", preferred: true, preferredReviewOn: "2027-03-31");

        var response = await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody(" First line management ", cost: 1250.5m));
        var offering = await response.ReadAs<Offering>(HttpStatusCode.Created);

        Assert.Equal($"/api/offerings/{offering.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(provider.Id, offering.ProviderId);
        Assert.Equal(provider.Name, offering.ProviderName);
        Assert.True(offering.PreferredProvider);
        Assert.Equal("First line management", offering.Title);
        Assert.Equal("ExternalTraining", offering.SolutionType);
        Assert.Equal("External training (accredited or not)", offering.SolutionTypeName);
        Assert.True(offering.Accredited);
        Assert.Equal("ILM Level 3 Award in Leadership", offering.Qualification);
        Assert.Equal("3 days", offering.Duration);
        Assert.Equal(1250.50m, offering.Cost);
        Assert.Equal("Blended", offering.DeliveryMode);
        Assert.True(offering.Active);
        Assert.Equal(1, offering.Version);

        var manager = await factory.SignInAsync(line.Manager.Email);
        Assert.Equal(offering, await (await manager.Http.GetAsync($"/api/offerings/{offering.Id}")).ReadAs<Offering>());
        var listed = await (await manager.Http.GetAsync($"/api/providers/{provider.Id}/offerings")).ReadAs<Page<Offering>>();
        Assert.Equal([offering], listed.Items);
        Assert.Equal(1, (await (await manager.Http.GetAsync($"/api/providers/{provider.Id}")).ReadAs<Provider>()).OfferingCount);
    }

    [Fact]
    public async Task Managers_and_learners_cannot_write_offerings()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Guarded Academy "), "InternalAcademy");
        var offering = await hr.CreateOfferingAsync(provider.Id, "Guarded course");

        foreach (var person in new[] { line.Manager, line.Report })
        {
            var client = await factory.SignInAsync(person.Email);
            await (await client.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody("Sneaky course")))
                .ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await client.Http.PutAsJsonAsync($"/api/offerings/{offering.Id}", CatalogueArrange.UpdateBody(offering, title: "Hijacked")))
                .ShouldBeProblem(HttpStatusCode.Forbidden);
        }

        var listed = await (await hr.Http.GetAsync($"/api/providers/{provider.Id}/offerings")).ReadAs<Page<Offering>>();
        Assert.Equal(["Guarded course"], listed.Items.Select(item => item.Title));
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_field_errors_and_nothing_is_written()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Strict College "));

        var errors = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", new
        {
            title = " ",
            solutionType = "ExternalTraining",
            accredited = true,
            qualification = "",
            duration = "",
            cost = -1m,
            deliveryMode = "Carrier pigeon",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(new[] { "cost", "deliveryMode", "duration", "qualification", "title" }, errors.Keys.Order(StringComparer.Ordinal));

        foreach (var cost in new[] { 12.345m, 1_000_000.01m })
        {
            var costErrors = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody("Odd cost", cost: cost)))
                .ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.Equal(["cost"], costErrors.Keys);
        }
        var free = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody("Free taster", accredited: false, qualification: null, cost: 0m)))
            .ReadAs<Offering>(HttpStatusCode.Created);
        Assert.Equal(0m, free.Cost);
        Assert.Null(free.Qualification);

        var listed = await (await hr.Http.GetAsync($"/api/providers/{provider.Id}/offerings?includeInactive=true")).ReadAs<Page<Offering>>();
        Assert.Equal([free.Id], listed.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task An_unknown_solution_type_is_a_field_error_and_nothing_is_written()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Typed College "));

        var errors = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", CatalogueArrange.OfferingBody("Mystery course", "Telepathy")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["solutionType"], errors.Keys);

        var listed = await (await hr.Http.GetAsync($"/api/providers/{provider.Id}/offerings?includeInactive=true")).ReadAs<Page<Offering>>();
        Assert.Empty(listed.Items);
        Assert.Equal(0, (await (await hr.Http.GetAsync($"/api/providers/{provider.Id}")).ReadAs<Provider>()).OfferingCount);
    }

    [Fact]
    public async Task Inactive_offerings_and_offerings_of_inactive_providers_are_hidden_unless_asked_for()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var stem = CatalogueArrange.Unique("Hidden");
        var open = await hr.CreateProviderAsync($"{stem} Open College");
        var closed = await hr.CreateProviderAsync($"{stem} Closed College");
        var current = await hr.CreateOfferingAsync(open.Id, $"{stem} current");
        var withdrawn = await hr.CreateOfferingAsync(open.Id, $"{stem} withdrawn", active: false);
        var orphaned = await hr.CreateOfferingAsync(closed.Id, $"{stem} orphaned");
        await (await hr.Http.PutAsJsonAsync($"/api/providers/{closed.Id}", CatalogueArrange.UpdateBody(closed, active: false))).ShouldHaveStatus(HttpStatusCode.OK);

        var manager = await factory.SignInAsync(line.Manager.Email);
        async Task<Guid[]> IdsAsync(string path) => (await (await manager.Http.GetAsync(path)).ReadAs<Page<Offering>>()).Items.Select(item => item.Id).ToArray();

        Assert.Equal([current.Id], await IdsAsync($"/api/offerings?q={stem}"));
        Assert.Equal([current.Id, orphaned.Id, withdrawn.Id], await IdsAsync($"/api/offerings?q={stem}&includeInactive=true"));
        Assert.Equal([current.Id], await IdsAsync($"/api/providers/{open.Id}/offerings"));
        Assert.Empty(await IdsAsync($"/api/providers/{closed.Id}/offerings"));
        Assert.Equal([orphaned.Id], await IdsAsync($"/api/providers/{closed.Id}/offerings?includeInactive=true"));
        Assert.False((await (await manager.Http.GetAsync($"/api/offerings/{withdrawn.Id}")).ReadAs<Offering>()).Active);
        Assert.Equal(1, (await (await manager.Http.GetAsync($"/api/providers/{open.Id}")).ReadAs<Provider>()).OfferingCount);
    }

    [Fact]
    public async Task The_catalogue_filters_by_solution_type_and_provider_and_pages_by_title()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var code = CatalogueArrange.Unique("Masterclass");
        await hr.CreateSolutionTypeAsync(code, "Masterclass");
        var first = await hr.CreateProviderAsync(CatalogueArrange.Unique("Masterclass Body "), "ProfessionalBody");
        var second = await hr.CreateProviderAsync(CatalogueArrange.Unique("Masterclass University "), "HeInstitution");
        var gamma = await hr.CreateOfferingAsync(first.Id, "Gamma masterclass", code);
        var alpha = await hr.CreateOfferingAsync(second.Id, "Alpha masterclass", code);
        var beta = await hr.CreateOfferingAsync(first.Id, "Beta masterclass", code);
        var other = await hr.CreateOfferingAsync(first.Id, "Delta workshop");

        var manager = await factory.SignInAsync(line.Manager.Email);
        var page1 = await (await manager.Http.GetAsync($"/api/offerings?solutionType={code}&limit=2")).ReadAs<Page<Offering>>();
        Assert.Equal([alpha.Id, beta.Id], page1.Items.Select(item => item.Id));
        Assert.NotNull(page1.Next);
        var page2 = await (await manager.Http.GetAsync($"/api/offerings?solutionType={code}&limit=2&after={page1.Next}")).ReadAs<Page<Offering>>();
        Assert.Equal([gamma.Id], page2.Items.Select(item => item.Id));
        Assert.Null(page2.Next);

        var ofFirst = await (await manager.Http.GetAsync($"/api/offerings?providerId={first.Id}")).ReadAs<Page<Offering>>();
        Assert.Equal([beta.Id, other.Id, gamma.Id], ofFirst.Items.Select(item => item.Id));
        var nested = await (await manager.Http.GetAsync($"/api/providers/{first.Id}/offerings?solutionType={code}")).ReadAs<Page<Offering>>();
        Assert.Equal([beta.Id, gamma.Id], nested.Items.Select(item => item.Id));
        var byProviderName = await (await manager.Http.GetAsync($"/api/offerings?q={Uri.EscapeDataString(second.Name)}")).ReadAs<Page<Offering>>();
        Assert.Equal([alpha.Id], byProviderName.Items.Select(item => item.Id));
        await (await manager.Http.GetAsync("/api/offerings?limit=0")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_409_and_an_unknown_offering_is_404()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Versioned Academy "), "InternalAcademy");
        var offering = await hr.CreateOfferingAsync(provider.Id, "Coaching skills");

        var updated = await (await hr.Http.PutAsJsonAsync($"/api/offerings/{offering.Id}", CatalogueArrange.UpdateBody(offering, title: "Coaching skills for managers", solutionType: "CoachingOrMentoring")))
            .ReadAs<Offering>();
        Assert.Equal(offering.Version + 1, updated.Version);
        Assert.Equal("Coaching or mentoring", updated.SolutionTypeName);

        await (await hr.Http.PutAsJsonAsync($"/api/offerings/{offering.Id}", CatalogueArrange.UpdateBody(offering, title: "Stale edit"))).ShouldBeProblem(HttpStatusCode.Conflict);
        var current = await (await hr.Http.GetAsync($"/api/offerings/{offering.Id}")).ReadAs<Offering>();
        Assert.Equal("Coaching skills for managers", current.Title);

        var unknown = Guid.CreateVersion7();
        await (await hr.Http.GetAsync($"/api/offerings/{unknown}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.PutAsJsonAsync($"/api/offerings/{unknown}", CatalogueArrange.UpdateBody(offering))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.GetAsync($"/api/offerings?providerId={unknown}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
