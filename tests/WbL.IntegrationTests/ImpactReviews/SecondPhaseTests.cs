using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed class SecondPhaseTests(WblFactory factory) : IClassFixture<WblFactory>
{
    public static object Body(int version, string title = "Coach others to chair panels", string[]? learningOutcomes = null) => new
    {
        version,
        title,
        learningOutcomes = learningOutcomes ?? ["Coach a colleague through chairing a panel"],
        performanceImprovement = (string?)null,
        priority = (string?)null,
    };

    [Fact]
    public async Task The_manager_starts_a_second_phase_once_as_a_need_linked_to_the_reviewed_one()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var review = completed.Review;

        var response = await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", Body(review.Version));

        var linked = await response.ReadAs<ImpactReview>(HttpStatusCode.Created);
        Assert.NotNull(linked.FollowOnNeedId);
        Assert.Equal($"/api/development-needs/{linked.FollowOnNeedId}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Coach others to chair panels", review.Version + 1, false), (linked.FollowOnNeedTitle, linked.Version, linked.Can.StartSecondPhase));

        var original = await (await completed.Manager.Http.GetAsync($"/api/development-needs/{review.NeedId}")).ReadAs<DevelopmentNeed>();
        var followOn = await (await completed.Manager.Http.GetAsync($"/api/development-needs/{linked.FollowOnNeedId}")).ReadAs<NeedWithLink>();
        Assert.Equal((review.NeedId, original.Title), (followOn.FollowsNeedId, followOn.FollowsNeedTitle));
        Assert.Equal((completed.Line.Report.Id, "Identified", original.Origin, original.Priority, original.PerformanceImprovement, original.TargetRole),
            (followOn.LearnerId, followOn.Status, followOn.Origin, followOn.Priority, followOn.PerformanceImprovement, followOn.TargetRole));
        Assert.Equal(original.CompetencyTags, followOn.CompetencyTags);
        Assert.Equal(["Coach a colleague through chairing a panel"], followOn.LearningOutcomes);
        Assert.Equal(("Recorded", "Second phase of \u201cChair tenant panel meetings\u201d"), (followOn.History[0].Action, followOn.History[0].Note));
        Assert.Equal(("Second phase identified", "\u201cCoach others to chair panels\u201d"), (original.History[^1].Action, original.History[^1].Note));
        // The learner sees it on their plan.
        var plan = await (await completed.Report.Http.GetAsync($"/api/people/{completed.Line.Report.Id}/plan")).ReadAs<PlanWithCompetencies>();
        Assert.Contains(plan.Needs, need => need.Id == linked.FollowOnNeedId);

        // Once: with the current version it is a state the review is in; with the old one, a stale read.
        var again = await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", Body(linked.Version, "Something else entirely"));
        await again.ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", Body(review.Version)))
            .ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
        var needs = await (await completed.Manager.Http.GetAsync($"/api/development-needs?learnerId={completed.Line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Equal(2, needs.Items.Length);
    }

    [Fact]
    public async Task A_second_phase_can_follow_a_recorded_review()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var recorded = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();

        var linked = await (await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{recorded.Id}/second-phase", Body(recorded.Version)))
            .ReadAs<ImpactReview>(HttpStatusCode.Created);

        Assert.Equal(("Completed", true), (linked.Status, linked.FollowOnNeedId is not null));
    }

    [Fact]
    public async Task Only_the_line_manager_starts_a_second_phase()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");

        await (await completed.Report.Http.PostAsJsonAsync($"/api/impact-reviews/{completed.Review.Id}/second-phase", Body(completed.Review.Version)))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Null((await completed.Report.ImpactReviewAsync(completed.Review.Id)).FollowOnNeedId);
    }

    [Fact]
    public async Task The_second_phase_follows_the_rules_of_any_need_and_nothing_is_created_when_it_breaks_them()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var review = completed.Review;

        var missing = await (await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", new { review.Version, title = " " }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningOutcomes", "title"], missing.Keys.Order(StringComparer.Ordinal));

        // A vague outcome is sent back to be reframed, as when recording any need.
        var vague = await (await completed.Manager.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", Body(review.Version, learningOutcomes: ["Coaching"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learningOutcomes[0]"], vague.Keys);

        var after = await completed.Manager.ImpactReviewAsync(review.Id);
        Assert.Equal((review.Version, (Guid?)null), (after.Version, after.FollowOnNeedId));
        var needs = await (await completed.Manager.Http.GetAsync($"/api/development-needs?learnerId={completed.Line.Report.Id}")).ReadAs<DevelopmentNeedPage>();
        Assert.Single(needs.Items);
    }
}

public sealed record NeedWithLink(
    Guid Id, Guid LearnerId, string Title, string[] LearningOutcomes, string PerformanceImprovement, string? TargetRole, Guid? FollowsNeedId,
    string? FollowsNeedTitle, string Origin, string Priority, string[] CompetencyTags, string Status, NeedEvent[] History);
