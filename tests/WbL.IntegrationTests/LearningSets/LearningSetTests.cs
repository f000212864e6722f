using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed class LearningSetTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Hr_forms_a_set_that_starts_forming_with_its_members()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);

        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(5).Select(peer => peer.Id)));

        Assert.Equal("Forming", set.Status);
        Assert.Equal("every 4 weeks", set.MeetingCadence);
        Assert.Equal(people.Facilitator.Id, set.Facilitator.Id);
        Assert.Equal("Fay Facilitator", set.Facilitator.Name);
        Assert.Equal(5, set.Members.Length);
        Assert.All(set.Members, member => Assert.Equal("Officer", member.JobTitle));
        // The right size; only the one-to-ones still to hold before the first meeting are flagged.
        Assert.Equal(
            ["5 members have had no one-to-one with the facilitator yet (Pat Peer, Pia Peer, Pim Peer, Pol Peer, Pru Peer); hold them before the first meeting."],
            set.Warnings);
        Assert.True(set.CanManage);
        Assert.Equal(1, set.Version);
    }

    [Fact]
    public async Task A_facilitator_forms_a_set_they_run_but_not_one_for_another_facilitator()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);

        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        Assert.Equal("Forming", set.Status);

        var errors = await (await facilitator.PostSetAsync(LearningSetArrange.SetBody(people.OtherFacilitator.Id, people.Peers.Take(4).Select(peer => peer.Id))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(errors.ContainsKey("facilitatorId"));
    }

    [Fact]
    public async Task A_plain_employee_cannot_form_a_set()
    {
        var people = await factory.PeopleAsync();
        var employee = await factory.SignInAsync(people.Employee.Email);

        await (await employee.PostSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id))))
            .ShouldHaveStatus(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_facilitator_must_hold_the_facilitator_role_and_members_are_distinct_and_not_the_facilitator()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);

        var noRole = await (await hr.PostSetAsync(LearningSetArrange.SetBody(people.Employee.Id, people.Peers.Take(4).Select(peer => peer.Id))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(noRole.ContainsKey("facilitatorId"));

        var unknown = await (await hr.PostSetAsync(LearningSetArrange.SetBody(Guid.NewGuid(), people.Peers.Take(4).Select(peer => peer.Id))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(unknown.ContainsKey("facilitatorId"));

        var twice = await (await hr.PostSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, [people.Peers[0].Id, people.Peers[0].Id])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(twice.ContainsKey("memberIds"));

        var facilitatorAsMember = await (await hr.PostSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, [people.Peers[0].Id, people.Facilitator.Id])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(facilitatorAsMember.ContainsKey("memberIds"));

        var unknownMember = await (await hr.PostSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, [Guid.NewGuid()])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(unknownMember.ContainsKey("memberIds"));
    }

    [Fact]
    public async Task A_set_outside_four_to_eight_members_forms_with_a_warning()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);

        var small = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(3).Select(peer => peer.Id)));

        Assert.Equal("A set works best with 4 to 8 members; this one has 3.", small.Warnings[0]);
        var added = await (await hr.Http.PostAsJsonAsync($"/api/learning-sets/{small.Id}/members", new { personId = people.Peers[3].Id, small.Version }))
            .ReadAs<LearningSet>();
        Assert.DoesNotContain(added.Warnings, warning => warning.StartsWith("A set works best", StringComparison.Ordinal));
        Assert.Equal(4, added.Members.Length);
        Assert.Equal(small.Version + 1, added.Version);
    }

    [Fact]
    public async Task Hr_the_facilitator_and_members_see_a_set_and_a_stranger_gets_404()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var url = $"/api/learning-sets/{set.Id}";

        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var member = await factory.SignInAsync(people.Peers[0].Email);
        var admin = await factory.SignInAsAdminAsync();
        Assert.True((await (await facilitator.Http.GetAsync(url)).ReadAs<LearningSet>()).CanManage);
        var asMember = await (await member.Http.GetAsync(url)).ReadAs<LearningSet>();
        Assert.False(asMember.CanManage);
        Assert.Equal(4, asMember.Members.Length);
        await (await admin.Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);

        // Lists: each sees the set; the stranger and another facilitator do not.
        Assert.Contains(await ListAsync(hr), item => item.Id == set.Id);
        Assert.Contains(await ListAsync(admin), item => item.Id == set.Id);
        Assert.Equal([set.Id], (await ListAsync(facilitator)).Select(item => item.Id));
        Assert.Equal([set.Id], (await ListAsync(member)).Select(item => item.Id));
        var stranger = await factory.SignInAsync(people.Stranger.Email);
        var otherFacilitator = await factory.SignInAsync(people.OtherFacilitator.Email);
        Assert.Empty(await ListAsync(stranger));
        Assert.Empty(await ListAsync(otherFacilitator));

        foreach (var outsider in new[] { stranger, otherFacilitator })
        {
            await (await outsider.Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(set, "Running"))).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.PostAsJsonAsync($"{url}/members", new { personId = people.Peers[5].Id, set.Version }))
                .ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        await (await hr.Http.GetAsync($"/api/learning-sets/{Guid.NewGuid()}")).ShouldHaveStatus(HttpStatusCode.NotFound);

        // A member reads the set but does not manage it.
        await (await member.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(set, "Running"))).ShouldHaveStatus(HttpStatusCode.Forbidden);
        await (await member.Http.PostAsJsonAsync($"{url}/members", new { personId = people.Peers[5].Id, set.Version }))
            .ShouldHaveStatus(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_list_pages_by_name()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        foreach (var name in new[] { "Cedar set", "Alder set", "Birch set" })
        {
            await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id), name));
        }

        var first = await (await facilitator.Http.GetAsync("/api/learning-sets?limit=2")).ReadAs<LearningSetPage>();
        Assert.Equal(["Alder set", "Birch set"], first.Items.Select(item => item.Name));
        Assert.NotNull(first.Next);
        var second = await (await facilitator.Http.GetAsync($"/api/learning-sets?limit=2&after={first.Next}")).ReadAs<LearningSetPage>();
        Assert.Equal(["Cedar set"], second.Items.Select(item => item.Name));
        Assert.Null(second.Next);
        await (await facilitator.Http.GetAsync("/api/learning-sets?limit=0")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Status_moves_only_forward_and_a_stale_version_conflicts()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var url = $"/api/learning-sets/{set.Id}";

        var running = await (await facilitator.Http.PutAsJsonAsync(url, new
        {
            name = "Renamed set",
            purpose = set.Purpose,
            meetingCadence = "monthly",
            status = "Running",
            set.Version,
        })).ReadAs<LearningSet>();
        Assert.Equal("Running", running.Status);
        Assert.Equal("Renamed set", running.Name);
        Assert.Equal("monthly", running.MeetingCadence);
        Assert.Equal(set.Version + 1, running.Version);

        await (await facilitator.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(running, "Forming")))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await facilitator.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(running, version: set.Version)))
            .ShouldHaveStatus(HttpStatusCode.Conflict);
        await (await facilitator.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(running, "Paused")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        var hr = await factory.SignInAsync(people.Hr.Email);
        var closed = await (await hr.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(running, "Closed"))).ReadAs<LearningSet>();
        Assert.Equal("Closed", closed.Status);
        await (await facilitator.Http.PutAsJsonAsync(url, LearningSetArrange.UpdateBody(closed)))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await facilitator.Http.PostAsJsonAsync($"{url}/members", new { personId = people.Peers[5].Id, closed.Version }))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
    }

    [Fact]
    public async Task The_facilitator_adds_members_once_each()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var membersUrl = $"/api/learning-sets/{set.Id}/members";

        var added = await (await facilitator.Http.PostAsJsonAsync(membersUrl, new { personId = people.Peers[4].Id, set.Version })).ReadAs<LearningSet>();
        Assert.Contains(added.Members, member => member.Id == people.Peers[4].Id);
        Assert.Equal(5, added.Members.Length);

        await (await facilitator.Http.PostAsJsonAsync(membersUrl, new { personId = people.Peers[4].Id, added.Version }))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await facilitator.Http.PostAsJsonAsync(membersUrl, new { personId = people.Peers[5].Id, set.Version }))
            .ShouldHaveStatus(HttpStatusCode.Conflict);
        var selfAsMember = await (await facilitator.Http.PostAsJsonAsync(membersUrl, new { personId = people.Facilitator.Id, added.Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(selfAsMember.ContainsKey("personId"));

        // The new member now sees the set.
        var newMember = await factory.SignInAsync(people.Peers[4].Email);
        await (await newMember.Http.GetAsync($"/api/learning-sets/{set.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private static async Task<LearningSet[]> ListAsync(ApiClient client) =>
        (await (await client.Http.GetAsync("/api/learning-sets?limit=200")).ReadAs<LearningSetPage>()).Items;
}
