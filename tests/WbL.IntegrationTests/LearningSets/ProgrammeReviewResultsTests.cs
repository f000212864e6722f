using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.LearningSets;

public sealed class ProgrammeReviewResultsTests(WblFactory factory) : IClassFixture<WblFactory>
{
    /// <summary>
    /// Five of the eight invited answer: Ann (Excellent), Ben (Good), Cat (Fair), the facilitator (Good) and Mia about Ann
    /// (Excellent). Dan, Mia about Ben and Max about Cat do not.
    /// </summary>
    private async Task<(ReviewPeople People, LearningSet Set)> AnsweredReviewAsync(string name = "Leaders set")
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people, name);
        await facilitator.OpenReviewAsync(set.Id);
        var (ann, ben, cat) = (people.Members[0], people.Members[1], people.Members[2]);

        await (await factory.SignInAsync(ann.Email)).AnswerAsync(set.Id,
            ProgrammeReviewArrange.Answer(1, "Excellent", ["TimePressure"], true, true, strengths: "Questions that made me think"));
        await (await factory.SignInAsync(ben.Email)).AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(1, "Good", ["SetMakeUp", "TimePressure"], true, false));
        await (await factory.SignInAsync(cat.Email)).AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(1, "Fair", [], false, false));
        await facilitator.AnswerAsync(set.Id, ProgrammeReviewArrange.Answer(1, "Good", ["ManagementSupport"], strengths: "A set that owned its agenda"));
        await (await factory.SignInAsync(people.Mia.Email)).AnswerAsync(set.Id,
            ProgrammeReviewArrange.Answer(1, "Excellent", ["Other"], true, true, issuesNote: "Cover for her shifts was patchy"), ann.Id);
        return (people, set);
    }

    [Fact]
    public async Task A_sets_results_are_whole_percentages_of_the_answered_responses_overall_and_by_role()
    {
        var (people, set) = await AnsweredReviewAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);

        var results = await (await facilitator.Http.GetAsync($"/api/learning-sets/{set.Id}/programme-review")).ReadAs<ProgrammeReviewResults>();

        // 5 of 8 answered: 62.5 % rounds away from zero to 63.
        Assert.Equal(
            new ReviewFigures(8, 5, 63, new RatingPercents(0, 20, 40, 40), 80, new IssuePercents(40, 20, 20, 20), AchievedGoalPercent: 75, StartedSecondPhasePercent: 50),
            results.Overall);
        var byRole = results.ByRole.ToDictionary(role => role.RespondentRole, role => role.Figures);
        // Members: 3 of 4 answered; 2 of 3 good or excellent (66.7 → 67); 2 of 3 achieved their goal; 1 of 3 started a second phase.
        Assert.Equal(new ReviewFigures(4, 3, 75, new RatingPercents(0, 33, 33, 33), 67, new IssuePercents(67, 33, 0, 0), 67, 33), byRole["Member"]);
        // The facilitator is not asked about goals: no percentage, not 0 %.
        Assert.Equal(new ReviewFigures(1, 1, 100, new RatingPercents(0, 0, 100, 0), 100, new IssuePercents(0, 0, 100, 0), null, null), byRole["Facilitator"]);
        Assert.Equal(new ReviewFigures(3, 1, 33, new RatingPercents(0, 0, 0, 100), 100, new IssuePercents(0, 0, 0, 100), 100, 100), byRole["SponsoringManager"]);

        Assert.Equal(5, results.Respondents.Count(respondent => respondent.Answered));
        Assert.Contains(results.Respondents, respondent => respondent is { RespondentRole: "Member", Answered: false } && respondent.Person.Name == "Dan Dale");
        Assert.Equal(
            [
                new ReviewComment("Member", "Questions that made me think", ""),
                new ReviewComment("Facilitator", "A set that owned its agenda", ""),
                new ReviewComment("SponsoringManager", "", "Cover for her shifts was patchy"),
            ],
            results.Comments.OrderBy(comment => comment.RespondentRole == "Member" ? 0 : comment.RespondentRole == "Facilitator" ? 1 : 2));
    }

    [Fact]
    public async Task The_facilitator_hr_and_admin_read_a_sets_results_members_get_403_and_outsiders_404()
    {
        var (people, set) = await AnsweredReviewAsync();
        var url = $"/api/learning-sets/{set.Id}/programme-review";

        foreach (var reader in new[] { await factory.SignInAsync(people.Facilitator.Email), await factory.SignInAsync(people.Hr.Email), await factory.SignInAsAdminAsync() })
        {
            Assert.Equal(5, (await (await reader.Http.GetAsync(url)).ReadAs<ProgrammeReviewResults>()).Overall.Answered);
        }
        await (await (await factory.SignInAsync(people.Members[0].Email)).Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.Forbidden);
        // A sponsoring manager answers the review but does not read the set or its results.
        foreach (var outsider in new[] { await factory.SignInAsync(people.Mia.Email), await factory.SignInAsync(people.Stranger.Email) })
        {
            await (await outsider.Http.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.NotFound);
        }
        var hr = await factory.SignInAsync(people.Hr.Email);
        await (await hr.Http.GetAsync($"/api/learning-sets/{Guid.NewGuid()}/programme-review")).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hr_sees_every_sets_results_pooled_by_role_and_a_row_per_set()
    {
        var (people, first) = await AnsweredReviewAsync("Birch set");
        // A second set, reviewed with one answer: the facilitator says Poor.
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var second = await facilitator.RunningSetAsync(people, "Alder set");
        await facilitator.OpenReviewAsync(second.Id);
        await facilitator.AnswerAsync(second.Id, ProgrammeReviewArrange.Answer(1, "Poor"));
        // A set without a review has no row.
        await facilitator.RunningSetAsync(people, "Cedar set");

        var hr = await factory.SignInAsync(people.Hr.Email);
        var overview = await (await hr.Http.GetAsync("/api/programme-reviews")).ReadAs<ProgrammeReviewOverview>();

        Assert.Equal([("Alder set", second.Id), ("Birch set", first.Id)], overview.Sets.Select(row => (row.SetName, row.SetId)));
        Assert.Equal((8, 1, 13, 0), (overview.Sets[0].Figures.Invited, overview.Sets[0].Figures.Answered, overview.Sets[0].Figures.ResponseRatePercent,
            overview.Sets[0].Figures.GoodOrExcellentPercent));
        Assert.Equal(80, overview.Sets[1].Figures.GoodOrExcellentPercent);
        // Pooled: 6 of 16 answered (37.5 → 38), 4 of 6 good or excellent (66.7 → 67), 1 of 6 poor (16.7 → 17).
        Assert.Equal((16, 6, 38, 67), (overview.Overall.Invited, overview.Overall.Answered, overview.Overall.ResponseRatePercent, overview.Overall.GoodOrExcellentPercent));
        Assert.Equal(new RatingPercents(17, 17, 33, 33), overview.Overall.ValueRatings);
        Assert.Equal((75, 50), (overview.Overall.AchievedGoalPercent, overview.Overall.StartedSecondPhasePercent));
        var facilitators = overview.ByRole.Single(role => role.RespondentRole == "Facilitator").Figures;
        Assert.Equal((2, 2, 50), (facilitators.Invited, facilitators.Answered, facilitators.GoodOrExcellentPercent));

        await (await (await factory.SignInAsAdminAsync()).Http.GetAsync("/api/programme-reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        foreach (var other in new[] { facilitator, await factory.SignInAsync(people.Members[0].Email), await factory.SignInAsync(people.Mia.Email) })
        {
            await (await other.Http.GetAsync("/api/programme-reviews")).ShouldHaveStatus(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Before_anyone_answers_hr_sees_the_review_with_no_percentages_but_a_zero_response_rate()
    {
        var people = await factory.ReviewPeopleAsync();
        var facilitator = await factory.SignInAsync(people.Facilitator.Email);
        var set = await facilitator.RunningSetAsync(people, "Quiet set");
        await facilitator.OpenReviewAsync(set.Id);
        var hr = await factory.SignInAsync(people.Hr.Email);

        var row = (await (await hr.Http.GetAsync("/api/programme-reviews")).ReadAs<ProgrammeReviewOverview>()).Sets.Single(candidate => candidate.SetId == set.Id);

        Assert.Equal(new ReviewFigures(8, 0, 0, new RatingPercents(null, null, null, null), null, new IssuePercents(null, null, null, null), null, null), row.Figures);
    }
}
