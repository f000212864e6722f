using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Organisation;

public sealed class PeopleTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Admin_adds_a_person_who_can_then_sign_in()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var manager = await admin.CreatePersonAsync("Morgan Manager", team.Id);

        var person = await admin.CreatePersonAsync("Parker Person", team.Id, managerId: manager.Id, roles: ["Facilitator"]);

        Assert.Equal(manager.Id, person.ManagerId);
        Assert.Equal(["Facilitator"], person.Roles);
        var personClient = await factory.SignInAsync(person.Email);
        var me = await (await personClient.Http.GetAsync("/api/auth/me")).ReadAs<Me>();
        Assert.Equal(person.Id, me.Id);
        Assert.Equal(["Learner", "Facilitator"], me.Roles);
        var managerMe = await (await (await factory.SignInAsync(manager.Email)).Http.GetAsync("/api/auth/me")).ReadAs<Me>();
        Assert.True(managerMe.IsManager);
        Assert.Contains("Manager", managerMe.Roles);
    }

    [Fact]
    public async Task Email_must_be_unique_regardless_of_case()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var first = await admin.CreatePersonAsync("Casey One", team.Id, email: "casey@wbl.test");

        var response = await admin.Http.PostAsJsonAsync("/api/people", new
        {
            displayName = "Casey Two", email = "CASEY@wbl.test", jobTitle = "", orgUnitId = team.Id, roles = Array.Empty<string>(), active = true,
        });

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("email", errors.Keys);
        Assert.NotNull(first);
    }

    [Fact]
    public async Task Invalid_people_get_field_errors_and_nothing_is_written()
    {
        var admin = await factory.SignInAsAdminAsync();
        var before = await (await admin.Http.GetAsync("/api/people?limit=200")).ReadAs<Page<Person>>();

        var response = await admin.Http.PostAsJsonAsync("/api/people", new
        {
            displayName = "", email = "not-an-email", jobTitle = "", orgUnitId = Guid.Empty, roles = new[] { "Wizard" }, password = "short",
        });

        var errors = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("displayName", errors.Keys);
        Assert.Contains("email", errors.Keys);
        Assert.Contains("orgUnitId", errors.Keys);
        Assert.Contains("roles[0]", errors.Keys);
        Assert.Contains("password", errors.Keys);
        var after = await (await admin.Http.GetAsync("/api/people?limit=200")).ReadAs<Page<Person>>();
        Assert.Equal(before.Items.Length, after.Items.Length);
    }

    [Fact]
    public async Task A_person_cannot_be_their_own_manager()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Selma Self", team.Id);

        var response = await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", Edit(person, managerId: person.Id));

        Assert.Contains("managerId", (await response.ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task Reporting_lines_cannot_loop()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var top = await admin.CreatePersonAsync("Toni Top", team.Id);
        var middle = await admin.CreatePersonAsync("Mika Middle", team.Id, managerId: top.Id);
        await admin.CreatePersonAsync("Bo Bottom", team.Id, managerId: middle.Id);
        var bottom = (await (await admin.Http.GetAsync($"/api/people?managerId={middle.Id}")).ReadAs<Page<Person>>()).Items.Single();

        var response = await admin.Http.PutAsJsonAsync($"/api/people/{top.Id}", Edit(top, managerId: bottom.Id));

        Assert.Contains("managerId", (await response.ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        Assert.Null((await (await admin.Http.GetAsync($"/api/people/{top.Id}")).ReadAs<Person>()).ManagerId);
    }

    [Fact]
    public async Task A_stale_version_gets_409()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var person = await admin.CreatePersonAsync("Vic Version", team.Id);
        await (await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", Edit(person, jobTitle: "Senior Officer"))).ShouldHaveStatus(HttpStatusCode.OK);

        var stale = await admin.Http.PutAsJsonAsync($"/api/people/{person.Id}", Edit(person, jobTitle: "Principal Officer"));

        await stale.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal("Senior Officer", (await (await admin.Http.GetAsync($"/api/people/{person.Id}")).ReadAs<Person>()).JobTitle);
    }

    [Fact]
    public async Task A_learner_cannot_add_or_edit_people()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var learner = await admin.CreatePersonAsync("Lou Learner", team.Id);
        var learnerClient = await factory.SignInAsync(learner.Email);

        await (await learnerClient.Http.PostAsJsonAsync("/api/people", new
        {
            displayName = "Ghost", email = "ghost@wbl.test", orgUnitId = team.Id, roles = new[] { "Admin" }, active = true,
        })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await learnerClient.Http.PutAsJsonAsync($"/api/people/{learner.Id}", Edit(learner, roles: ["Admin"]))).ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.Empty((await (await admin.Http.GetAsync($"/api/people/{learner.Id}")).ReadAs<Person>()).Roles);
    }

    [Fact]
    public async Task Search_matches_name_or_email_case_insensitively_and_treats_wildcards_literally()
    {
        var admin = await factory.SignInAsAdminAsync();
        var (_, _, team) = await admin.CreateTreeAsync();
        var target = await admin.CreatePersonAsync("Quentin Quarry", team.Id, email: "q.quarry@wbl.test");

        var byName = await (await admin.Http.GetAsync("/api/people?q=quentin")).ReadAs<Page<Person>>();
        var byEmail = await (await admin.Http.GetAsync("/api/people?q=Q.QUARRY")).ReadAs<Page<Person>>();
        var wildcard = await (await admin.Http.GetAsync("/api/people?q=%25")).ReadAs<Page<Person>>();

        Assert.Equal([target.Id], byName.Items.Select(person => person.Id));
        Assert.Equal([target.Id], byEmail.Items.Select(person => person.Id));
        Assert.Empty(wildcard.Items);
    }

    private static object Edit(Person person, Guid? managerId = null, string? jobTitle = null, string[]? roles = null) => new
    {
        person.DisplayName,
        person.Email,
        jobTitle = jobTitle ?? person.JobTitle,
        person.OrgUnitId,
        managerId = managerId ?? person.ManagerId,
        roles = roles ?? person.Roles,
        person.Active,
        person.Version,
    };
}
