using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed record Presentation(
    Guid MemberId, string Problem, string Background, string Approach, string QuestionsAsked, string CommittedAction, string AccountOfLastAction);

public sealed record AirTime(Guid MemberId, int Minutes);

public sealed record AgendaItem(Guid MemberId, string MemberName, string CommittedAction);

public sealed record Meeting(
    Guid Id, Guid SetId, DateOnly HeldOn, string Mode, Guid CoordinatorId, string CoordinatorName, Guid[] Attendance, AirTime[] AirTimeMinutes,
    Presentation[] Presentations, string MainPoints, AgendaItem[] Agenda, bool CanManage, int Version);

public sealed record SetMeetings(Meeting[] Meetings, Guid? SuggestedCoordinatorId);

public sealed class MeetingTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task A_facilitator_runs_two_meetings_and_the_second_agenda_holds_the_first_commitments()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var pat = people.Peers[0];
        var pia = people.Peers[1];

        var first = await CreateAsync(facilitator, set.Id, new { heldOn = "2026-03-02", mode = "InPerson", coordinatorId = pat.Id });
        Assert.Equal(pat.Id, first.CoordinatorId);
        Assert.Equal("Pat Peer", first.CoordinatorName);
        Assert.Equal(new DateOnly(2026, 3, 2), first.HeldOn);
        Assert.Empty(first.Agenda);
        Assert.Equal(1, first.Version);
        Assert.Equal("Running", (await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}")).ReadAs<LearningSet>()).Status);

        var recorded = await (await facilitator.Http.PutAsJsonAsync($"/api/meetings/{first.Id}", new
        {
            version = first.Version,
            attendance = new[] { pat.Id, pia.Id },
            airTimeMinutes = new[] { new { memberId = pat.Id, minutes = 20 }, new { memberId = pia.Id, minutes = 25 } },
            presentations = new[]
            {
                Present(pat.Id, "Repairs backlog", "Call the contractor weekly"),
                Present(pia.Id, "Rent arrears", "Pilot early-contact letters"),
                Present(people.Peers[2].Id, "Nothing to commit", ""),
            },
            mainPoints = "Backlogs need owners.",
        })).ReadAs<Meeting>();
        Assert.Equal(2, recorded.Version);
        Assert.Equal([pat.Id, pia.Id], recorded.Attendance);
        Assert.Equal(25, recorded.AirTimeMinutes.Single(entry => entry.MemberId == pia.Id).Minutes);
        Assert.Equal("Backlogs need owners.", recorded.MainPoints);

        var second = await CreateAsync(facilitator, set.Id, new { heldOn = "2026-04-06", mode = "Video" });
        Assert.Equal(
            [new AgendaItem(pat.Id, "Pat Peer", "Call the contractor weekly"), new AgendaItem(pia.Id, "Pia Peer", "Pilot early-contact letters")],
            second.Agenda);
        Assert.Equal(pia.Id, second.CoordinatorId);

        // A member records the account of their action on the second meeting.
        var member = await factory.SignInAsync(pat.Email);
        var accounted = await (await member.Http.PutAsJsonAsync($"/api/meetings/{second.Id}", new
        {
            version = second.Version,
            attendance = Array.Empty<Guid>(),
            airTimeMinutes = Array.Empty<object>(),
            presentations = new[] { new { memberId = pat.Id, accountOfLastAction = "Called weekly; backlog down by a third", committedAction = "Agree a service level" } },
            mainPoints = "",
        })).ReadAs<Meeting>();
        var own = Assert.Single(accounted.Presentations);
        Assert.Equal("Called weekly; backlog down by a third", own.AccountOfLastAction);
        Assert.Equal("Agree a service level", own.CommittedAction);

        var list = await (await member.Http.GetAsync($"/api/learning-sets/{set.Id}/meetings")).ReadAs<SetMeetings>();
        Assert.Equal([first.Id, second.Id], list.Meetings.Select(meeting => meeting.Id));
        var fetched = await (await member.Http.GetAsync($"/api/meetings/{second.Id}")).ReadAs<Meeting>();
        Assert.Equal(accounted.Version, fetched.Version);
        Assert.False(fetched.CanManage);
    }

    [Fact]
    public async Task The_coordinator_suggestion_rotates()
    {
        var people = await factory.PeopleAsync();
        var hr = await factory.SignInAsync(people.Hr.Email);
        var set = await hr.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(3).Select(peer => peer.Id)));
        var url = $"/api/learning-sets/{set.Id}/meetings";

        var before = await (await hr.Http.GetAsync(url)).ReadAs<SetMeetings>();
        Assert.Empty(before.Meetings);
        Assert.NotNull(before.SuggestedCoordinatorId);
        var suggested = before.SuggestedCoordinatorId.Value;

        var meeting = await CreateAsync(hr, set.Id, new { heldOn = "2026-05-04", mode = "Phone" });
        Assert.Equal(suggested, meeting.CoordinatorId);

        var after = await (await hr.Http.GetAsync(url)).ReadAs<SetMeetings>();
        Assert.NotNull(after.SuggestedCoordinatorId);
        Assert.NotEqual(suggested, after.SuggestedCoordinatorId);

        // The coordinator must be a member; the mode one of three.
        var notMember = await (await hr.Http.PostAsJsonAsync(url, new { heldOn = "2026-06-01", mode = "Phone", coordinatorId = people.Stranger.Id }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(notMember.ContainsKey("coordinatorId"));
        await (await hr.Http.PostAsJsonAsync(url, new { heldOn = "2026-06-01", mode = "Carrier pigeon" })).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_stranger_gets_404_on_every_meeting_route_and_a_member_cannot_create_one()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var meeting = await CreateAsync(facilitator, set.Id, new { heldOn = "2026-03-02", mode = "InPerson" });

        foreach (var outsider in new[] { await factory.SignInAsync(people.Stranger.Email), await factory.SignInAsync(people.OtherFacilitator.Email) })
        {
            await (await outsider.Http.GetAsync($"/api/learning-sets/{set.Id}/meetings")).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.PostAsJsonAsync($"/api/learning-sets/{set.Id}/meetings", new { heldOn = "2026-04-06", mode = "Video" }))
                .ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"/api/meetings/{meeting.Id}")).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await outsider.Http.PutAsJsonAsync($"/api/meetings/{meeting.Id}", EmptyUpdate(meeting.Version))).ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        await (await facilitator.Http.GetAsync($"/api/meetings/{Guid.NewGuid()}")).ShouldHaveStatus(HttpStatusCode.NotFound);

        var member = await factory.SignInAsync(people.Peers[0].Email);
        await (await member.Http.PostAsJsonAsync($"/api/learning-sets/{set.Id}/meetings", new { heldOn = "2026-04-06", mode = "Video" }))
            .ShouldHaveStatus(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_member_cannot_edit_another_members_presentation_and_a_stale_version_conflicts()
    {
        var people = await factory.PeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Peers.Take(4).Select(peer => peer.Id)));
        var coordinator = people.Peers[0];
        var meeting = await CreateAsync(facilitator, set.Id, new { heldOn = "2026-03-02", mode = "InPerson", coordinatorId = coordinator.Id });
        var url = $"/api/meetings/{meeting.Id}";

        // The coordinator records the meeting.
        var asCoordinator = await factory.SignInAsync(coordinator.Email);
        var recorded = await (await asCoordinator.Http.PutAsJsonAsync(url, new
        {
            version = meeting.Version,
            attendance = new[] { coordinator.Id, people.Peers[1].Id },
            airTimeMinutes = Array.Empty<object>(),
            presentations = new[] { Present(people.Peers[1].Id, "Staff turnover", "Exit interviews") },
            mainPoints = "Turnover is a symptom.",
        })).ReadAs<Meeting>();
        Assert.True(recorded.CanManage);

        var other = await factory.SignInAsync(people.Peers[2].Email);
        await (await other.Http.PutAsJsonAsync(url, new
        {
            version = recorded.Version,
            attendance = recorded.Attendance,
            airTimeMinutes = Array.Empty<object>(),
            presentations = new[] { Present(people.Peers[1].Id, "Staff turnover", "Something else") },
            mainPoints = recorded.MainPoints,
        })).ShouldHaveStatus(HttpStatusCode.Forbidden);
        await (await other.Http.PutAsJsonAsync(url, new
        {
            version = recorded.Version,
            attendance = recorded.Attendance,
            airTimeMinutes = Array.Empty<object>(),
            presentations = recorded.Presentations,
            mainPoints = "My own summary",
        })).ShouldHaveStatus(HttpStatusCode.Forbidden);

        // Members only among the set's members; a stale version conflicts.
        var stranger = await (await facilitator.Http.PutAsJsonAsync(url, new
        {
            version = recorded.Version,
            attendance = new[] { people.Stranger.Id },
            airTimeMinutes = Array.Empty<object>(),
            presentations = Array.Empty<object>(),
            mainPoints = "",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(stranger.ContainsKey("attendance"));
        await (await facilitator.Http.PutAsJsonAsync(url, EmptyUpdate(meeting.Version))).ShouldHaveStatus(HttpStatusCode.Conflict);
        var cleared = await (await facilitator.Http.PutAsJsonAsync(url, EmptyUpdate(recorded.Version))).ReadAs<Meeting>();
        Assert.Empty(cleared.Presentations);
    }

    private static object Present(Guid memberId, string problem, string committedAction) => new
    {
        memberId,
        problem,
        background = "Background",
        approach = "Tried the usual",
        questionsAsked = "What would success look like?",
        committedAction,
        accountOfLastAction = "",
    };

    private static object EmptyUpdate(int version) => new
    {
        version,
        attendance = Array.Empty<Guid>(),
        airTimeMinutes = Array.Empty<object>(),
        presentations = Array.Empty<object>(),
        mainPoints = "",
    };

    private static async Task<Meeting> CreateAsync(ApiClient client, Guid setId, object body) =>
        await (await client.Http.PostAsJsonAsync($"/api/learning-sets/{setId}/meetings", body)).ReadAs<Meeting>(HttpStatusCode.Created);
}
