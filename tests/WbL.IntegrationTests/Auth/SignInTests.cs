using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Auth;

public sealed class SignInTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Bootstrap_admin_signs_in_and_reads_who_they_are()
    {
        var admin = await factory.SignInAsAdminAsync();

        var me = await (await admin.Http.GetAsync("/api/auth/me")).ReadAs<Me>();

        Assert.Equal(WblFactory.AdminEmail, me.Email);
        Assert.Contains("Admin", me.Roles);
        Assert.Contains("Learner", me.Roles);
        Assert.False(me.IsManager);
        Assert.NotNull(admin.Cookie("XSRF-TOKEN"));
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_and_sets_no_session()
    {
        var client = factory.NewClient();

        var response = await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail, password = "not-the-password" });

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await client.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Email_is_matched_regardless_of_case()
    {
        var client = factory.NewClient();

        var response = await client.Http.PostAsJsonAsync("/api/auth/login", new { email = WblFactory.AdminEmail.ToUpperInvariant(), password = WblFactory.AdminPassword });

        await response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Empty_credentials_get_field_errors()
    {
        var client = factory.NewClient();

        var errors = await (await client.Http.PostAsJsonAsync("/api/auth/login", new { email = "", password = "" })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains("email", errors.Keys);
        Assert.Contains("password", errors.Keys);
    }
}
