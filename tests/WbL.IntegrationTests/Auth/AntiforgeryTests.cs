using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Auth;

public sealed class AntiforgeryTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Unsafe_request_without_the_antiforgery_header_is_refused_and_writes_nothing()
    {
        var admin = await factory.SignInAsAdminAsync();
        var units = await (await admin.Http.GetAsync("/api/org-units")).ReadAs<Page<OrgUnit>>();
        var withoutHeader = factory.NewClient(sendAntiforgeryHeader: false);
        await withoutHeader.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword });

        var response = await withoutHeader.Http.PostAsJsonAsync("/api/org-units", new { name = "Sneaky", kind = "Department", parentId = units.Items[0].Id });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var after = await (await admin.Http.GetAsync("/api/org-units")).ReadAs<Page<OrgUnit>>();
        Assert.DoesNotContain(after.Items, unit => unit.Name == "Sneaky");
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        var admin = await factory.SignInAsAdminAsync();
        var other = await factory.SignInAsAdminAsync();
        var units = await (await admin.Http.GetAsync("/api/org-units")).ReadAs<Page<OrgUnit>>();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/org-units")
        {
            Content = JsonContent.Create(new { name = "Forged", kind = "Department", parentId = units.Items[0].Id }),
        };
        request.Headers.Add("X-XSRF-TOKEN", "forged-" + other.Cookie("XSRF-TOKEN"));
        var noHeaderClient = factory.NewClient(sendAntiforgeryHeader: false);
        await noHeaderClient.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword });

        var response = await noHeaderClient.Http.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task With_the_header_the_same_request_succeeds()
    {
        var admin = await factory.SignInAsAdminAsync();
        var units = await (await admin.Http.GetAsync("/api/org-units")).ReadAs<Page<OrgUnit>>();

        var response = await admin.Http.PostAsJsonAsync("/api/org-units", new { name = "Finance", kind = "Department", parentId = units.Items[0].Id });

        await response.ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Sign_out_also_needs_the_header()
    {
        var client = factory.NewClient(sendAntiforgeryHeader: false);
        await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword });

        await (await client.Http.PostAsync("/api/auth/logout", null)).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await client.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
