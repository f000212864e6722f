using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Auth;

public sealed class SessionTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task After_sign_out_a_copied_session_cookie_no_longer_works()
    {
        var client = await factory.SignInAsAdminAsync();
        var sessionCookie = client.Cookie("wbl.session");
        Assert.NotNull(sessionCookie);

        await (await client.Http.PostAsync("/api/auth/logout", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var replay = factory.NewClient();
        replay.Cookies.Add(replay.BaseAddress, new System.Net.Cookie("wbl.session", sessionCookie));
        await (await replay.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deactivating_a_person_ends_their_sessions_and_stops_sign_in()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Dana Leaving", team.Id);
        var personClient = await factory.SignInAsync(person.Email);

        var update = await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", new
        {
            person.DisplayName, person.Email, person.JobTitle, person.OrgUnitId, person.ManagerId, roles = person.Roles, active = false, person.Version,
        });
        await update.ShouldHaveStatus(HttpStatusCode.OK);

        await (await personClient.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        var again = await factory.NewClient().Http.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = WblFactory.DefaultPassword });
        await again.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sessions_expire_after_their_lifetime()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Sam Expiring", team.Id);
        var personClient = await factory.SignInAsync(person.Email);

        factory.Clock.Advance(TimeSpan.FromHours(11));

        await (await personClient.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Granted_roles_take_effect_on_the_next_request()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Robin Promoted", team.Id);
        var personClient = await factory.SignInAsync(person.Email);

        await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", new
        {
            person.DisplayName, person.Email, person.JobTitle, person.OrgUnitId, person.ManagerId, roles = new[] { "HR" }, active = true, person.Version,
        });

        var me = await (await personClient.Http.GetAsync("/api/auth/me")).ReadAs<Me>();
        Assert.Contains("HR", me.Roles);
    }
}

public sealed class StrictRateLimitFactory : WblFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

public sealed class SignInRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_problem()
    {
        var client = factory.NewClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var allowed = await client.Http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@wbl.test", password = "wrong-password" });
            await allowed.ShouldHaveStatus(HttpStatusCode.Unauthorized);
        }

        var refused = await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = WblFactory.AdminPassword });

        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }
}
