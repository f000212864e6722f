using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed record SetMember(Guid Id, string Name, string JobTitle, bool? OneToOneHeld);

public sealed record SetWithMembers(Guid Id, string Status, SetMember[] Members, string[] Warnings, bool ProgrammeReviewOpened, bool CanManage, int Version);

public sealed record OneToOne(
    Guid SetId, SetPerson Member, DateOnly HeldOn, string DevelopmentProject, string ReframedProject, string Notes, SetPerson RecordedBy,
    DateTimeOffset RecordedAt, bool CanManage, int Version);

public sealed record MemberOneToOne(SetPerson Member, OneToOne? OneToOne);

public sealed record SetOneToOnes(Guid SetId, bool CanManage, MemberOneToOne[] Members);

public sealed class OneToOneTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private static object Body(int? version = 0, string heldOn = "2026-10-20", string project = "Get better at leading people", string reframed = "Run my team's weekly huddle so that everyone speaks", string notes = "") =>
        new { heldOn, developmentProject = project, reframedProject = reframed, notes, version };

    private static string Url(Guid setId, Guid memberId) => $"/api/learning-sets/{setId}/members/{memberId}/one-to-one";

    [Fact]
    public async Task The_facilitator_records_a_one_to_one_that_the_member_sees_and_other_members_do_not()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var pat = people.Peers[0];

        var recorded = await (await facilitator.Http.PutAsJsonAsync(Url(set.Id, pat.Id), Body(notes: "Keen; worried about time"))).ReadAs<OneToOne>();

        Assert.Equal((pat.Id, "Pat Peer"), (recorded.Member.Id, recorded.Member.Name));
        Assert.Equal(new DateOnly(2026, 10, 20), recorded.HeldOn);
        Assert.Equal("Get better at leading people", recorded.DevelopmentProject);
        Assert.Equal("Run my team's weekly huddle so that everyone speaks", recorded.ReframedProject);
        Assert.Equal("Keen; worried about time", recorded.Notes);
        Assert.Equal(people.Facilitator.Id, recorded.RecordedBy.Id);
        Assert.Equal(factory.Clock.GetUtcNow(), recorded.RecordedAt);
        Assert.Equal(1, recorded.Version);
        Assert.True(recorded.CanManage);

        var all = await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        Assert.Equal(["Pat Peer", "Pia Peer", "Pol Peer", "Pru Peer"], all.Members.Select(entry => entry.Member.Name));
        Assert.Equal([true, false, false, false], all.Members.Select(entry => entry.OneToOne is not null));
        Assert.True(all.CanManage);

        var asPat = await (await (await factory.SignInAsync(pat.Email)).Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        var own = Assert.Single(asPat.Members);
        Assert.Equal(recorded, own.OneToOne! with { CanManage = true });
        Assert.False(own.OneToOne!.CanManage);
        Assert.False(asPat.CanManage);

        var asPia = await (await (await factory.SignInAsync(people.Peers[1].Email)).Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        var piasOwn = Assert.Single(asPia.Members);
        Assert.Equal(people.Peers[1].Id, piasOwn.Member.Id);
        Assert.Null(piasOwn.OneToOne);

        // HR and Admin read every member's; Admin does not record them.
        var admin = await factory.SignInAsAdminAsync();
        var asAdmin = await (await admin.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        Assert.Equal(4, asAdmin.Members.Length);
        Assert.False(asAdmin.CanManage);
        var hr = await factory.SignInAsync(people.Hr.Email);
        Assert.Equal(4, (await (await hr.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>()).Members.Length);
    }

    [Fact]
    public async Task Hr_updates_a_one_to_one_with_the_version_it_read_and_a_stale_or_repeated_first_record_conflicts()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var url = Url(set.Id, people.Peers[0].Id);
        var first = await (await hr.Http.PutAsJsonAsync(url, Body(version: null))).ReadAs<OneToOne>();
        Assert.Equal(1, first.Version);

        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var changed = await (await facilitator.Http.PutAsJsonAsync(url, Body(version: first.Version, heldOn: "2026-10-21", reframed: "Chair the huddle for a month")))
            .ReadAs<OneToOne>();
        Assert.Equal((2, "Chair the huddle for a month", new DateOnly(2026, 10, 21)), (changed.Version, changed.ReframedProject, changed.HeldOn));
        Assert.Equal(people.Facilitator.Id, changed.RecordedBy.Id);

        await (await hr.Http.PutAsJsonAsync(url, Body(version: first.Version))).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
        await (await hr.Http.PutAsJsonAsync(url, Body(version: 0))).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
        await (await hr.Http.PutAsJsonAsync(Url(set.Id, people.Peers[1].Id), Body(version: 3))).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");

        var stored = (await (await hr.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>()).Members;
        Assert.Equal(changed, stored.Single(entry => entry.Member.Id == people.Peers[0].Id).OneToOne);
        Assert.Null(stored.Single(entry => entry.Member.Id == people.Peers[1].Id).OneToOne);
    }

    [Fact]
    public async Task Members_get_403_outsiders_404_and_someone_outside_the_set_has_no_one_to_one_to_record()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var pat = people.Peers[0];

        var member = await factory.SignInAsync(pat.Email);
        await (await member.Http.PutAsJsonAsync(Url(set.Id, pat.Id), Body())).ShouldHaveStatus(HttpStatusCode.Forbidden);
        await (await member.Http.PutAsJsonAsync(Url(set.Id, people.Peers[1].Id), Body())).ShouldHaveStatus(HttpStatusCode.Forbidden);
        var admin = await factory.SignInAsAdminAsync();
        await (await admin.Http.PutAsJsonAsync(Url(set.Id, pat.Id), Body())).ShouldHaveStatus(HttpStatusCode.Forbidden);

        foreach (var outsider in new[] { await factory.SignInAsync(people.Stranger.Email), await factory.SignInAsync(people.OtherFacilitator.Email) })
        {
            await (await outsider.Http.PutAsJsonAsync(Url(set.Id, pat.Id), Body())).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        await (await facilitator.Http.PutAsJsonAsync(Url(set.Id, people.Stranger.Id), Body())).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await facilitator.Http.PutAsJsonAsync(Url(Guid.NewGuid(), pat.Id), Body())).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await facilitator.Http.GetAsync($"/api/learning-sets/{Guid.NewGuid()}/one-to-ones")).ShouldHaveStatus(HttpStatusCode.NotFound);

        var all = await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        Assert.All(all.Members, entry => Assert.Null(entry.OneToOne));
    }

    [Fact]
    public async Task A_one_to_one_needs_the_project_its_reframing_and_a_date_already_past_and_bad_input_writes_nothing()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var url = Url(set.Id, people.Peers[0].Id);

        var empty = await (await facilitator.Http.PutAsJsonAsync(url, new { version = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["developmentProject", "heldOn", "reframedProject"], empty.Keys.Order(StringComparer.Ordinal));

        var future = await (await facilitator.Http.PutAsJsonAsync(url, Body(heldOn: "2026-11-03"))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["heldOn"], future.Keys);
        // Today is fine: the one-to-one may have been held this morning.
        var today = await (await facilitator.Http.PutAsJsonAsync(url, Body(heldOn: "2026-11-02"))).ReadAs<OneToOne>();

        var tooLong = await (await facilitator.Http.PutAsJsonAsync(url, Body(version: today.Version, notes: new string('x', 4001), reframed: "  ")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["notes", "reframedProject"], tooLong.Keys.Order(StringComparer.Ordinal));
        var negative = await (await facilitator.Http.PutAsJsonAsync(url, Body(version: -1))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["version"], negative.Keys);

        var stored = (await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}/one-to-ones")).ReadAs<SetOneToOnes>()).Members[0].OneToOne;
        Assert.Equal(today, stored);
    }

    [Fact]
    public async Task Until_the_first_meeting_the_set_warns_of_members_without_a_one_to_one_and_says_whose_is_held()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var setUrl = $"/api/learning-sets/{set.Id}";

        var none = await (await facilitator.Http.GetAsync(setUrl)).ReadAs<SetWithMembers>();
        Assert.Equal(["4 members have had no one-to-one with the facilitator yet (Pat Peer, Pia Peer, Pol Peer, Pru Peer); hold them before the first meeting."], none.Warnings);
        Assert.All(none.Members, member => Assert.False(member.OneToOneHeld));

        foreach (var peer in people.Peers.Take(3))
        {
            await (await facilitator.Http.PutAsJsonAsync(Url(set.Id, peer.Id), Body())).ShouldHaveStatus(HttpStatusCode.OK);
        }
        var one = await (await facilitator.Http.GetAsync(setUrl)).ReadAs<SetWithMembers>();
        Assert.Equal(["Pru Peer has had no one-to-one with the facilitator yet; hold it before the first meeting."], one.Warnings);
        Assert.Equal([true, true, true, false], one.Members.Select(member => member.OneToOneHeld));
        // The list of sets says the same.
        var listed = await (await facilitator.Http.GetAsync("/api/learning-sets")).ReadAs<Page<SetWithMembers>>();
        Assert.Equal(one.Warnings, Assert.Single(listed.Items).Warnings);

        // A member sees whether their own is held, nobody else's, and no warning naming others.
        var asPru = await (await (await factory.SignInAsync(people.Peers[3].Email)).Http.GetAsync(setUrl)).ReadAs<SetWithMembers>();
        Assert.Empty(asPru.Warnings);
        Assert.Equal([null, null, null, false], asPru.Members.Select(member => member.OneToOneHeld));

        // The set meets without Pru's one-to-one: a warning, not a refusal; once it has met the warning goes.
        await (await facilitator.Http.PostAsJsonAsync($"{setUrl}/meetings", new { heldOn = "2026-11-02", mode = "InPerson" })).ShouldHaveStatus(HttpStatusCode.Created);
        var met = await (await facilitator.Http.GetAsync(setUrl)).ReadAs<SetWithMembers>();
        Assert.Empty(met.Warnings);
        Assert.Equal([true, true, true, false], met.Members.Select(member => member.OneToOneHeld));
    }

    [Fact]
    public async Task A_closed_sets_one_to_ones_no_longer_change()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        await (await facilitator.Http.PutAsJsonAsync($"/api/learning-sets/{set.Id}", LearningSetArrange.UpdateBody(set, "Closed"))).ShouldHaveStatus(HttpStatusCode.OK);

        await (await facilitator.Http.PutAsJsonAsync(Url(set.Id, people.Peers[0].Id), Body()))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        var closed = await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}")).ReadAs<SetWithMembers>();
        Assert.Empty(closed.Warnings);
    }
}
