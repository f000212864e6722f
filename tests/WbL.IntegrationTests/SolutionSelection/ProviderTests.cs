using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed class ProviderTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Hr_adds_a_provider_and_managers_read_it()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var name = CatalogueArrange.Unique("Riverside College ");

        var response = await hr.Http.PostAsJsonAsync("/api/providers", CatalogueArrange.ProviderBody(
            "  " + name + " ", preferred: true, preferredReviewOn: "2027-05-01", accreditations: ["Ofsted Good", " ofsted good ", "ILM Approved Centre"]));
        var provider = await response.ReadAs<Provider>(HttpStatusCode.Created);

        Assert.Equal($"/api/providers/{provider.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(name, provider.Name);
        Assert.Equal("FeCollege", provider.Kind);
        Assert.True(provider.Preferred);
        Assert.Equal(new DateOnly(2027, 5, 1), provider.PreferredReviewOn);
        Assert.Equal(["Ofsted Good", "ILM Approved Centre"], provider.Accreditations);
        Assert.Equal("courses@college.test", provider.ContactEmail);
        Assert.Equal("https://college.test/courses", provider.Website);
        Assert.True(provider.Active);
        Assert.Equal(0, provider.OfferingCount);
        Assert.Equal(1, provider.Version);

        var manager = await factory.SignInAsync(line.Manager.Email);
        Assert.Equivalent(provider, await (await manager.Http.GetAsync($"/api/providers/{provider.Id}")).ReadAs<Provider>(), strict: true);
        var listed = await (await manager.Http.GetAsync($"/api/providers?q={Uri.EscapeDataString(name)}")).ReadAs<Page<Provider>>();
        Assert.Equal([provider.Id], listed.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task A_learner_cannot_read_the_register()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Hidden College "));
        var offering = await hr.CreateOfferingAsync(provider.Id, "Hidden course");
        var learner = await factory.SignInAsync(line.Report.Email);

        foreach (var path in new[] { "/api/providers", $"/api/providers/{provider.Id}", $"/api/providers/{provider.Id}/offerings", "/api/offerings", $"/api/offerings/{offering.Id}" })
        {
            await (await learner.Http.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Managers_and_learners_cannot_write_providers()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Guarded College "));
        var name = CatalogueArrange.Unique("Sneaky Provider ");

        foreach (var person in new[] { line.Manager, line.Report })
        {
            var client = await factory.SignInAsync(person.Email);
            await (await client.Http.PostAsJsonAsync("/api/providers", CatalogueArrange.ProviderBody(name))).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await client.Http.PutAsJsonAsync($"/api/providers/{provider.Id}", CatalogueArrange.UpdateBody(provider, name: name)))
                .ShouldBeProblem(HttpStatusCode.Forbidden);
        }

        var listed = await (await hr.Http.GetAsync($"/api/providers?q={Uri.EscapeDataString(name)}")).ReadAs<Page<Provider>>();
        Assert.Empty(listed.Items);
        Assert.Equivalent(provider, await (await hr.Http.GetAsync($"/api/providers/{provider.Id}")).ReadAs<Provider>(), strict: true);
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_field_errors_and_nothing_is_written()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var name = CatalogueArrange.Unique("Broken Provider ");

        var errors = await (await hr.Http.PostAsJsonAsync("/api/providers", new
        {
            name,
            kind = "University",
            preferred = true,
            preferredReviewOn = (string?)null,
            accreditations = new[] { "Ofsted Good", " " },
            contactEmail = "not-an-email",
            website = "college.test/courses",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(
            new[] { "accreditations[1]", "contactEmail", "kind", "preferredReviewOn", "website" },
            errors.Keys.Order(StringComparer.Ordinal));
        var nameless = await (await hr.Http.PostAsJsonAsync("/api/providers", CatalogueArrange.ProviderBody(" "))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["name"], nameless.Keys);
        var listed = await (await hr.Http.GetAsync($"/api/providers?q={Uri.EscapeDataString(name)}")).ReadAs<Page<Provider>>();
        Assert.Empty(listed.Items);
    }

    [Theory]
    [InlineData("ftp://college.test/courses")]
    [InlineData("/courses")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://")]
    public async Task A_website_must_be_an_absolute_http_address(string website)
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);

        var errors = await (await hr.Http.PostAsJsonAsync("/api/providers", CatalogueArrange.ProviderBody(CatalogueArrange.Unique("Web College "), website: website)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(["website"], errors.Keys);
    }

    [Fact]
    public async Task A_preferred_supplier_needs_a_review_date_after_today_and_others_keep_none()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);

        foreach (var reviewOn in new[] { "2026-10-01", NeedsArrange.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
        {
            var errors = await (await hr.Http.PostAsJsonAsync("/api/providers", CatalogueArrange.ProviderBody(
                CatalogueArrange.Unique("Past College "), preferred: true, preferredReviewOn: reviewOn))).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.Equal(["preferredReviewOn"], errors.Keys);
        }

        var tomorrow = await hr.CreateProviderAsync(CatalogueArrange.Unique("Tomorrow College "), preferred: true, preferredReviewOn: "2026-11-03");
        Assert.Equal(new DateOnly(2026, 11, 3), tomorrow.PreferredReviewOn);
        var ordinary = await hr.CreateProviderAsync(CatalogueArrange.Unique("Ordinary College "), preferred: false, preferredReviewOn: "2027-01-01");
        Assert.Null(ordinary.PreferredReviewOn);
        var dropped = await (await hr.Http.PutAsJsonAsync($"/api/providers/{tomorrow.Id}", CatalogueArrange.UpdateBody(tomorrow, preferred: false))).ReadAs<Provider>();
        Assert.False(dropped.Preferred);
        Assert.Null(dropped.PreferredReviewOn);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_409_and_the_current_one_succeeds()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Versioned College "));
        var renamedTo = CatalogueArrange.Unique("Versioned University ");

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await (await hr.Http.PutAsJsonAsync($"/api/providers/{provider.Id}", CatalogueArrange.UpdateBody(provider, name: renamedTo, active: false)))
            .ReadAs<Provider>();
        Assert.Equal(provider.Version + 1, updated.Version);
        Assert.Equal(renamedTo, updated.Name);
        Assert.False(updated.Active);
        Assert.True(updated.UpdatedAt > provider.UpdatedAt);
        Assert.Equal(provider.CreatedAt, updated.CreatedAt);

        await (await hr.Http.PutAsJsonAsync($"/api/providers/{provider.Id}", CatalogueArrange.UpdateBody(provider, name: "Stale edit"))).ShouldBeProblem(HttpStatusCode.Conflict);
        var current = await (await hr.Http.GetAsync($"/api/providers/{provider.Id}")).ReadAs<Provider>();
        Assert.Equal(renamedTo, current.Name);
    }

    [Fact]
    public async Task An_unknown_provider_is_404()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var provider = await hr.CreateProviderAsync(CatalogueArrange.Unique("Known College "));
        var unknown = Guid.CreateVersion7();

        await (await hr.Http.GetAsync($"/api/providers/{unknown}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.PutAsJsonAsync($"/api/providers/{unknown}", CatalogueArrange.UpdateBody(provider))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.GetAsync($"/api/providers/{unknown}/offerings")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await hr.Http.PostAsJsonAsync($"/api/providers/{unknown}/offerings", CatalogueArrange.OfferingBody("Nowhere"))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_register_pages_by_name_and_filters_by_kind_preferred_and_active()
    {
        var line = await factory.LineAsync();
        var hr = await factory.SignInAsync(line.Hr.Email);
        var stem = CatalogueArrange.Unique("Paged");
        var c = await hr.CreateProviderAsync($"{stem} C", "HeInstitution");
        var a = await hr.CreateProviderAsync($"{stem} A", "ProfessionalBody", preferred: true, preferredReviewOn: "2027-06-30");
        var b = await hr.CreateProviderAsync($"{stem} B", "HeInstitution", active: false);

        var manager = await factory.SignInAsync(line.Manager.Email);
        var first = await (await manager.Http.GetAsync($"/api/providers?q={stem}&limit=2")).ReadAs<Page<Provider>>();
        Assert.Equal([a.Id, b.Id], first.Items.Select(item => item.Id));
        Assert.NotNull(first.Next);
        var second = await (await manager.Http.GetAsync($"/api/providers?q={stem}&limit=2&after={first.Next}")).ReadAs<Page<Provider>>();
        Assert.Equal([c.Id], second.Items.Select(item => item.Id));
        Assert.Null(second.Next);

        async Task<Guid[]> IdsAsync(string filter) =>
            (await (await manager.Http.GetAsync($"/api/providers?q={stem.ToUpperInvariant()}&{filter}")).ReadAs<Page<Provider>>()).Items.Select(item => item.Id).ToArray();
        Assert.Equal([b.Id, c.Id], await IdsAsync("kind=HeInstitution"));
        Assert.Equal([a.Id], await IdsAsync("preferred=true"));
        Assert.Equal([b.Id, c.Id], await IdsAsync("preferred=false"));
        Assert.Equal([a.Id, c.Id], await IdsAsync("active=true"));
        Assert.Equal([c.Id], await IdsAsync("kind=HeInstitution&active=true"));

        var kind = await (await manager.Http.GetAsync("/api/providers?kind=University")).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["kind"], kind.Keys);
        await (await manager.Http.GetAsync("/api/providers?limit=201")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await manager.Http.GetAsync("/api/providers?after=not-a-cursor")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
