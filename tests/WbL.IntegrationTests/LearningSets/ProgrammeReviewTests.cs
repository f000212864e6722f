using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed class ProgrammeReviewTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Opening_invites_the_members_the_facilitator_and_each_members_line_manager_once_per_member()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people);
        var (ann, ben, dan) = (people.Members[0], people.Members[1], people.Members[3]);

        var response = await facilitator.Http.PostAsync($"/api/learning-sets/{set.Id}/programme-review", null);
        Assert.Equal($"/api/learning-sets/{set.Id}/programme-review", response.Headers.Location?.OriginalString);
        var opened = await response.ReadAs<ProgrammeReviewResults>(HttpStatusCode.Created);

        Assert.Equal((set.Id, "Leaders set", "Running"), (opened.SetId, opened.SetName, opened.SetStatus));
        Assert.Equal(people.Facilitator.Id, opened.OpenedBy.Id);
        Assert.Equal(factory.Clock.GetUtcNow(), opened.OpenedAt);
        Assert.Equal(
            [
                ("Member", "Ann Able", "Ann Able"), ("Member", "Ben Best", "Ben Best"), ("Member", "Cat Cole", "Cat Cole"), ("Member", "Dan Dale", "Dan Dale"),
                ("Facilitator", "Fay Facilitator", null),
                ("SponsoringManager", "Max Manager", "Cat Cole"), ("SponsoringManager", "Mia Manager", "Ann Able"), ("SponsoringManager", "Mia Manager", "Ben Best"),
            ],
            opened.Respondents.Select(respondent => (respondent.RespondentRole, respondent.Person.Name, respondent.AboutMember?.Name)));
        Assert.All(opened.Respondents, respondent => Assert.False(respondent.Answered));
        Assert.Equal((8, 0, 0), (opened.Overall.Invited, opened.Overall.Answered, opened.Overall.ResponseRatePercent));
        Assert.Null(opened.Overall.GoodOrExcellentPercent);
        Assert.Equal(new RatingPercents(null, null, null, null), opened.Overall.ValueRatings);
        Assert.Equal([("Member", 4), ("Facilitator", 1), ("SponsoringManager", 3)], opened.ByRole.Select(role => (role.RespondentRole, role.Figures.Invited)));
        Assert.Empty(opened.Comments);

        // Each respondent finds their invitations.
        var mia = await factory.SignInAsync(people.Mia.Email);
        var miasInvitations = await mia.MineAsync();
        Assert.All(miasInvitations, invitation => Assert.Equal("SponsoringManager", invitation.RespondentRole));
        Assert.Equal(new[] { ann.Id, ben.Id }.Order(), miasInvitations.Select(invitation => invitation.AboutMember!.Id).Order());
        Assert.All(miasInvitations, invitation => Assert.Equal((set.Id, "Leaders set", false), (invitation.SetId, invitation.SetName, invitation.Answered)));
        var asDan = Assert.Single(await (await factory.SignInAsync(dan.Email)).MineAsync());
        Assert.Equal(("Member", dan.Id), (asDan.RespondentRole, asDan.AboutMember!.Id));
        var asFacilitator = Assert.Single(await facilitator.MineAsync());
        Assert.Equal("Facilitator", asFacilitator.RespondentRole);
        Assert.Null(asFacilitator.AboutMember);
        Assert.Empty(await (await factory.SignInAsync(people.Stranger.Email)).MineAsync());
        Assert.Empty(await (await factory.SignInAsync(people.Hr.Email)).MineAsync());

        // The set says its review is open.
        Assert.True((await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}")).ReadAs<SetWithMembers>()).ProgrammeReviewOpened);
    }

    [Fact]
    public async Task A_review_opens_once_not_on_a_forming_set_and_only_by_the_facilitator_or_hr()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var forming = await facilitator.CreateSetAsync(LearningSetArrange.SetBody(people.Facilitator.Id, people.Members.Select(member => member.Id), "Forming set"));

        await (await facilitator.Http.PostAsync($"/api/learning-sets/{forming.Id}/programme-review", null))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await facilitator.Http.GetAsync($"/api/learning-sets/{forming.Id}/programme-review")).ShouldHaveStatus(HttpStatusCode.NotFound);
        Assert.Empty(await facilitator.MineAsync());
        Assert.False((await (await facilitator.Http.GetAsync($"/api/learning-sets/{forming.Id}")).ReadAs<SetWithMembers>()).ProgrammeReviewOpened);

        var set = await facilitator.RunningSetAsync(people);
        var url = $"/api/learning-sets/{set.Id}/programme-review";
        var member = await factory.SignInAsync(people.Members[0].Email);
        await (await member.Http.PostAsync(url, null)).ShouldHaveStatus(HttpStatusCode.Forbidden);
        var admin = await factory.SignInAsAdminAsync();
        await (await admin.Http.PostAsync(url, null)).ShouldHaveStatus(HttpStatusCode.Forbidden);
        foreach (var outsider in new[] { await factory.SignInAsync(people.Stranger.Email), await factory.SignInAsync(people.Mia.Email) })
        {
            await (await outsider.Http.PostAsync(url, null)).ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        await (await facilitator.Http.PostAsync($"/api/learning-sets/{Guid.NewGuid()}/programme-review", null)).ShouldHaveStatus(HttpStatusCode.NotFound);

        var hr = await factory.SignInAsync(people.Hr.Email);
        await hr.OpenReviewAsync(set.Id);
        await (await facilitator.Http.PostAsync(url, null)).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        Assert.Equal(8, (await (await hr.Http.GetAsync(url)).ReadAs<ProgrammeReviewResults>()).Overall.Invited);
    }

    [Fact]
    public async Task A_closed_set_can_still_be_reviewed()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var running = await facilitator.RunningSetAsync(people);
        await (await facilitator.Http.PutAsJsonAsync($"/api/learning-sets/{running.Id}", LearningSetArrange.UpdateBody(running, "Closed"))).ShouldHaveStatus(HttpStatusCode.OK);

        var opened = await facilitator.OpenReviewAsync(running.Id);

        Assert.Equal("Closed", opened.SetStatus);
    }

    [Fact]
    public async Task Members_and_sponsoring_managers_answer_the_goal_questions_and_the_facilitator_may_not()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people);
        await facilitator.OpenReviewAsync(set.Id);
        var ann = await factory.SignInAsync(people.Members[0].Email);

        var invitation = await ann.InvitationAsync(set.Id);
        var before = await (await ann.Http.GetAsync($"/api/programme-review-responses/{invitation.Id}")).ReadAs<ProgrammeReviewAnswer>();
        Assert.Equal(("Member", true, false, null, 1), (before.RespondentRole, before.AsksAboutGoal, before.Answered, before.ValueRating, before.Version));
        Assert.Equal(people.Members[0].Id, before.AboutMember!.Id);

        var answered = await ann.AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(1, "Excellent", ["TimePressure", "Other"], true, false,
            strengths: "  A safe place to think aloud ", issuesNote: "Rooms were hard to book"));
        Assert.Equal(("Excellent", true, false, true, 2), (answered.ValueRating, answered.AchievedGoal, answered.StartedSecondPhase, answered.Answered, answered.Version));
        Assert.Equal("A safe place to think aloud", answered.Strengths);
        Assert.Equal(["TimePressure", "Other"], answered.Issues);
        Assert.Equal(factory.Clock.GetUtcNow(), answered.AnsweredAt);
        Assert.True((await ann.InvitationAsync(set.Id)).Answered);

        // The answer may change with the version read; issues come back in the survey's order.
        var changed = await ann.AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(2, "Good", ["ManagementSupport", "TimePressure"], true, true));
        Assert.Equal(("Good", true, 3), (changed.ValueRating, changed.StartedSecondPhase, changed.Version));
        Assert.Equal(["TimePressure", "ManagementSupport"], changed.Issues);
        Assert.Equal("", changed.IssuesNote);

        // The facilitator is not asked about the member's goal.
        var facilitatorsInvitation = await facilitator.InvitationAsync(set.Id);
        var facilitatorUrl = $"/api/programme-review-responses/{facilitatorsInvitation.Id}";
        Assert.False((await (await facilitator.Http.GetAsync(facilitatorUrl)).ReadAs<ProgrammeReviewAnswer>()).AsksAboutGoal);
        var refused = await (await facilitator.Http.PutAsJsonAsync(facilitatorUrl, ProgrammeReviewArrange.Answer(1, "Good", achievedGoal: true, startedSecondPhase: false)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["achievedGoal", "startedSecondPhase"], refused.Keys.Order(StringComparer.Ordinal));
        var facilitatorsAnswer = await (await facilitator.Http.PutAsJsonAsync(facilitatorUrl, ProgrammeReviewArrange.Answer(1, "Good"))).ReadAs<ProgrammeReviewAnswer>();
        Assert.Null(facilitatorsAnswer.AchievedGoal);

        // A sponsoring manager must answer them, about the member the invitation names.
        var mia = await factory.SignInAsync(people.Mia.Email);
        var aboutBen = await mia.InvitationAsync(set.Id, people.Members[1].Id);
        var missing = await (await mia.Http.PutAsJsonAsync($"/api/programme-review-responses/{aboutBen.Id}", ProgrammeReviewArrange.Answer(1, "Fair", achievedGoal: true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["startedSecondPhase"], missing.Keys);
        var miasAnswer = await mia.AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(1, "Fair", achievedGoal: false, startedSecondPhase: false), people.Members[1].Id);
        Assert.Equal(("SponsoringManager", "Ben Best", true), (miasAnswer.RespondentRole, miasAnswer.AboutMember!.Name, miasAnswer.AsksAboutGoal));
        Assert.False((await mia.InvitationAsync(set.Id, people.Members[0].Id)).Answered);
    }

    [Fact]
    public async Task Bad_answers_are_refused_field_by_field_and_write_nothing_and_a_stale_version_conflicts()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people);
        await facilitator.OpenReviewAsync(set.Id);
        var ann = await factory.SignInAsync(people.Members[0].Email);
        var url = $"/api/programme-review-responses/{(await ann.InvitationAsync(set.Id)).Id}";

        var noRating = await (await ann.Http.PutAsJsonAsync(url, new { version = 1, achievedGoal = true, startedSecondPhase = true })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["valueRating"], noRating.Keys);
        var wrong = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Superb", ["Weather"], true, true, strengths: new string('s', 4001))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["issues", "strengths", "valueRating"], wrong.Keys.Order(StringComparer.Ordinal));
        var twice = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Good", ["SetMakeUp", "SetMakeUp"], true, true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["issues"], twice.Keys);
        var otherWithoutNote = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Good", ["Other"], true, true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["issuesNote"], otherWithoutNote.Keys);
        var noGoal = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Good"))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["achievedGoal", "startedSecondPhase"], noGoal.Keys.Order(StringComparer.Ordinal));
        var noVersion = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(0, "Good", achievedGoal: true, startedSecondPhase: true)))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["version"], noVersion.Keys);

        var untouched = await (await ann.Http.GetAsync(url)).ReadAs<ProgrammeReviewAnswer>();
        Assert.Equal((false, null, 1), (untouched.Answered, untouched.ValueRating, untouched.Version));

        var answered = await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Good", achievedGoal: true, startedSecondPhase: true))).ReadAs<ProgrammeReviewAnswer>();
        await (await ann.Http.PutAsJsonAsync(url, ProgrammeReviewArrange.Answer(1, "Poor", achievedGoal: false, startedSecondPhase: false)))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
        Assert.Equal(answered, await (await ann.Http.GetAsync(url)).ReadAs<ProgrammeReviewAnswer>());
    }

    [Fact]
    public async Task A_response_is_its_respondents_alone_and_anyone_else_gets_404()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people);
        await facilitator.OpenReviewAsync(set.Id);
        var ann = await factory.SignInAsync(people.Members[0].Email);
        var url = $"/api/programme-review-responses/{(await ann.InvitationAsync(set.Id)).Id}";
        var body = ProgrammeReviewArrange.Answer(1, "Good", achievedGoal: true, startedSecondPhase: true);

        var others = new[]
        {
            facilitator, await factory.SignInAsync(people.Hr.Email), await factory.SignInAsAdminAsync(), await factory.SignInAsync(people.Mia.Email),
            await factory.SignInAsync(people.Members[1].Email), await factory.SignInAsync(people.Stranger.Email),
        };
        foreach (var other in others)
        {
            await (await other.Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.NotFound);
            await (await other.Http.PutAsJsonAsync(url, body)).ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        await (await ann.Http.GetAsync($"/api/programme-review-responses/{Guid.NewGuid()}")).ShouldHaveStatus(HttpStatusCode.NotFound);
        Assert.False((await (await ann.Http.GetAsync(url)).ReadAs<ProgrammeReviewAnswer>()).Answered);
    }

    [Fact]
    public async Task The_invitations_page_by_set_name()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        foreach (var name in new[] { "Cedar set", "Alder set" })
        {
            await facilitator.OpenReviewAsync((await facilitator.RunningSetAsync(people, name)).Id);
        }
        var mia = await factory.SignInAsync(people.Mia.Email);

        var first = await (await mia.Http.GetAsync("/api/programme-reviews/mine?limit=3")).ReadAs<Page<ProgrammeReviewInvitation>>();
        Assert.Equal(["Alder set", "Alder set", "Cedar set"], first.Items.Select(invitation => invitation.SetName));
        Assert.NotNull(first.Next);
        var second = await (await mia.Http.GetAsync($"/api/programme-reviews/mine?limit=3&after={first.Next}")).ReadAs<Page<ProgrammeReviewInvitation>>();
        Assert.Equal(["Cedar set"], second.Items.Select(invitation => invitation.SetName));
        Assert.Null(second.Next);
        Assert.Equal(4, first.Items.Concat(second.Items).Select(invitation => invitation.Id).Distinct().Count());
        await (await mia.Http.GetAsync("/api/programme-reviews/mine?limit=0")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await mia.Http.GetAsync("/api/programme-reviews/mine?after=nonsense")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }
}
