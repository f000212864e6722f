using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.Modules.LearningSets;

namespace WbL.IntegrationTests.LearningSets;

public sealed class DemoLearningSetsTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string DemoPassword = "Demo-Password-2026";

    [Fact]
    public async Task A_first_run_has_a_running_set_whose_one_to_ones_are_held_and_whose_next_agenda_comes_from_the_last_meeting()
    {
        var sam = await factory.SignInAsync("sam.whitfield@brightwater.example", DemoPassword);
        var sets = (await (await sam.Http.GetAsync("/api/learning-sets")).ReadAs<Page<SetWithMembers>>()).Items;
        Assert.Equal(["Closed", "Running"], sets.Select(set => set.Status).Order());
        var running = sets.Single(set => set.Status == "Running");
        Assert.Equal(5, running.Members.Length);
        Assert.All(running.Members, member => Assert.True(member.OneToOneHeld));
        Assert.Empty(running.Warnings);
        Assert.True(running.CanManage);

        var oneToOnes = await (await sam.Http.GetAsync($"/api/learning-sets/{running.Id}/one-to-ones")).ReadAs<SetOneToOnes>();
        Assert.All(oneToOnes.Members, entry => Assert.True(entry.OneToOne!.HeldOn < new DateOnly(2026, 10, 12)));

        var meetings = await (await sam.Http.GetAsync($"/api/learning-sets/{running.Id}/meetings")).ReadAs<SetMeetings>();
        var held = Assert.Single(meetings.Meetings);
        Assert.Equal(new DateOnly(2026, 10, 12), held.HeldOn);
        Assert.Equal(5, held.Presentations.Count(presentation => presentation.CommittedAction.Length > 0));
        Assert.NotNull(meetings.SuggestedCoordinatorId);
        Assert.NotEqual(held.CoordinatorId, meetings.SuggestedCoordinatorId);

        var next = await (await sam.Http.PostAsJsonAsync($"/api/learning-sets/{running.Id}/meetings", new { heldOn = "2026-11-09", mode = "Video" }))
            .ReadAs<Meeting>(HttpStatusCode.Created);
        Assert.Equal(5, next.Agenda.Length);
        Assert.Contains(next.Agenda, item => item.MemberName == "Daniel Mensah" && item.CommittedAction == "Agree timings for each item at the start of the next panel");

        // A member sees the set and their own one-to-one only.
        var tom = await factory.SignInAsync("tom.gallagher@brightwater.example", DemoPassword);
        var own = Assert.Single((await (await tom.Http.GetAsync($"/api/learning-sets/{running.Id}/one-to-ones")).ReadAs<SetOneToOnes>()).Members);
        Assert.Equal("Tom Gallagher", own.Member.Name);
        Assert.NotNull(own.OneToOne);
    }

    [Fact]
    public async Task A_first_run_shows_hr_a_closed_sets_programme_review_with_86_percent_good_or_excellent()
    {
        var claire = await factory.SignInAsync("claire.dubois@brightwater.example", DemoPassword);
        var overview = await (await claire.Http.GetAsync("/api/programme-reviews")).ReadAs<ProgrammeReviewOverview>();

        var row = Assert.Single(overview.Sets);
        Assert.Equal(("Team managers' set", "Closed"), (row.SetName, row.SetStatus));
        Assert.Equal((9, 7, 78, 86), (row.Figures.Invited, row.Figures.Answered, row.Figures.ResponseRatePercent, row.Figures.GoodOrExcellentPercent));
        Assert.Equal((100, 67), (row.Figures.AchievedGoalPercent, row.Figures.StartedSecondPhasePercent));
        Assert.Equal(new IssuePercents(43, 14, 29, 14), row.Figures.Issues);
        Assert.Equal(row.Figures, overview.Overall);

        var results = await (await claire.Http.GetAsync($"/api/learning-sets/{row.SetId}/programme-review")).ReadAs<ProgrammeReviewResults>();
        Assert.Equal(row.Figures, results.Overall);
        Assert.Contains(results.Comments, comment => comment.IssuesNote == "Meetings clashed with the release calendar");

        // Marcus still owes his answer about Grace.
        var marcus = await factory.SignInAsync("marcus.reid@brightwater.example", DemoPassword);
        var invitations = (await (await marcus.Http.GetAsync("/api/programme-reviews/mine")).ReadAs<Page<ProgrammeReviewInvitation>>()).Items;
        Assert.Equal([("Grace Lindqvist", false), ("Priya Shah", true)], invitations.Select(invitation => (invitation.AboutMember!.Name, invitation.Answered)).Order());
    }

    [Fact]
    public async Task Seeding_again_adds_no_set_meeting_or_review()
    {
        var claire = await factory.SignInAsync("claire.dubois@brightwater.example", DemoPassword);
        var before = (await (await claire.Http.GetAsync("/api/learning-sets")).ReadAs<Page<SetWithMembers>>()).Items;
        var meetingsBefore = await MeetingCountsAsync(claire, before);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await LearningSetsModule.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var after = (await (await claire.Http.GetAsync("/api/learning-sets")).ReadAs<Page<SetWithMembers>>()).Items;
        Assert.Equal(2, before.Length);
        Assert.Equal(before.Select(set => set.Id), after.Select(set => set.Id));
        Assert.Equal(meetingsBefore, await MeetingCountsAsync(claire, after));
        Assert.Single((await (await claire.Http.GetAsync("/api/programme-reviews")).ReadAs<ProgrammeReviewOverview>()).Sets);
    }

    private static async Task<int[]> MeetingCountsAsync(ApiClient client, SetWithMembers[] sets)
    {
        var counts = new List<int>();
        foreach (var set in sets)
        {
            counts.Add((await (await client.Http.GetAsync($"/api/learning-sets/{set.Id}/meetings")).ReadAs<SetMeetings>()).Meetings.Length);
        }
        return [.. counts];
    }
}
