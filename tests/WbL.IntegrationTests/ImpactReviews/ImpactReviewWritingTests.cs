using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed class ImpactReviewWritingTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private const string StateConflict = "/problems/state-conflict";
    private const string StaleVersion = "/problems/stale-version";

    [Fact]
    public async Task Recording_before_the_window_opens_is_refused_with_the_date_it_opens()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-10");

        var response = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart(record: true));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(StateConflict, problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString();
        Assert.Equal(
            "The impact review opens on 2026-11-10, one month after the learning finished on 2026-10-10: too early to see the learning applied at work. Save it as a draft until then.",
            detail);
        var unchanged = await completed.Manager.ImpactReviewAsync(completed.Review.Id);
        Assert.Equal((completed.Review.Version, "Pending", (int?)null), (unchanged.Version, unchanged.Status, unchanged.Behaviour.TransferRating));
    }

    [Fact]
    public async Task A_draft_is_saved_while_pending_and_the_server_works_out_the_figures()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-10");

        var draft = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart(record: false)).ShouldGiveReviewAsync();

        Assert.Equal(("Pending", completed.Review.Version + 1, (DateTimeOffset?)null), (draft.Status, draft.Version, draft.CompletedAt));
        Assert.Equal(new ImpactFigures(AdjustedBenefit: 30_000m, LearnerTimeCost: 0m, TotalCosts: 12_000m, RoiPercent: 150.00m, BenefitCostRatio: 2.50m, null), draft.Figures);
        Assert.Equal(new ImpactResults("Panel meetings ending on time", "%", 40m, new DateOnly(2026, 5, 1), 70m, new DateOnly(2026, 11, 1), 30m), draft.Results);
        Assert.Equal(new ImpactIsolation("Estimate", 80m, 75m), draft.Isolation);
        Assert.Equal(new ImpactBehaviour("Runs the weekly repairs huddle to an agenda", 4, "Cover when the team is short", "Protected Friday afternoons"), draft.Behaviour);
        Assert.All(draft.Outcomes, outcome => Assert.True(outcome.Achieved));
        Assert.Equal("Coach two colleagues in chairing", draft.WhatNext);
        Assert.False(draft.Can.Record);
        Assert.True(draft.Can.WriteManagerPart);
    }

    [Fact]
    public async Task Without_costs_roi_is_undefined_with_the_reason()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");

        var recorded = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart(fees: null)).ShouldGiveReviewAsync();

        Assert.Equal(new ImpactFigures(30_000m, 0m, 0m, null, null, "No costs recorded: ROI is undefined"), recorded.Figures);
        Assert.Equal("Completed", recorded.Status);
    }

    [Fact]
    public async Task Recording_inside_the_window_closes_the_review_and_marks_the_need_impact_reviewed()
    {
        // 45 days before the clock's 2026-11-02: the window opened on 2026-10-18.
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        Assert.Equal(("Due", true), (completed.Review.Status, completed.Review.Can.Record));

        var recorded = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();

        Assert.Equal(("Completed", false, completed.Line.Manager.Id), (recorded.Status, recorded.Late, recorded.CompletedBy));
        Assert.Equal(factory.Clock.GetUtcNow(), recorded.CompletedAt);
        Assert.Equal((150.00m, 2.50m), (recorded.Figures.RoiPercent, recorded.Figures.BenefitCostRatio));
        Assert.Equal(new ImpactPermissions(false, false, false, true), recorded.Can);
        var need = await (await completed.Manager.Http.GetAsync($"/api/development-needs/{recorded.NeedId}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("ImpactReviewed", need.Status);
        Assert.Equal(("Impact reviewed", "ROI 150.00 %, benefit-cost ratio 2.50"), (need.History[^1].Action, need.History[^1].Note));

        // Closed for both sides.
        await (await completed.Manager.PutImpactAsync(recorded, manager: ImpactArrange.ManagerPart(record: false))).ShouldBeProblemOfType(HttpStatusCode.Conflict, StateConflict);
        await (await completed.Report.PutImpactAsync(recorded, learner: ImpactArrange.LearnerPart())).ShouldBeProblemOfType(HttpStatusCode.Conflict, StateConflict);
        var listed = Assert.Single((await completed.Manager.ImpactReviewsAsync("?status=completed")).Items, item => item.Id == recorded.Id);
        Assert.Equal((150.00m, 2.50m, false), (listed.RoiPercent, listed.BenefitCostRatio, listed.Late));
    }

    [Fact]
    public async Task Recording_an_overdue_review_is_accepted_and_marked_late()
    {
        // Finished on 1 August: due up to 1 November, overdue on the clock's 2 November.
        var completed = await factory.CompletedContractAsync(completedOn: "2026-08-01");
        Assert.Equal(("Overdue", new DateOnly(2026, 11, 1)), (completed.Review.Status, completed.Review.WindowClosesOn));

        var recorded = await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();

        Assert.Equal(("Completed", true), (recorded.Status, recorded.Late));
    }

    [Fact]
    public async Task The_learner_writes_the_reaction_and_only_the_reaction()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-10");

        // The learner may answer at once, even before the manager's window opens.
        var reacted = await completed.Report.PutImpactAsync(completed.Review, learner: ImpactArrange.LearnerPart()).ShouldGiveReviewAsync();
        Assert.Equal((5, "Exactly what I needed for the panel", completed.Line.Report.Id), (reacted.Reaction.Rating, reacted.Reaction.Comment, reacted.Reaction.WrittenBy));
        Assert.Equal(factory.Clock.GetUtcNow(), reacted.Reaction.WrittenAt);

        await (await completed.Report.PutImpactAsync(reacted, manager: ImpactArrange.ManagerPart(record: false))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await completed.Manager.PutImpactAsync(reacted, learner: ImpactArrange.LearnerPart(1, "Not for me"))).ShouldBeProblem(HttpStatusCode.Forbidden);

        // The manager's draft leaves the learner's part alone, and the other way round.
        var drafted = await completed.Manager.PutImpactAsync(reacted, manager: ImpactArrange.ManagerPart(record: false)).ShouldGiveReviewAsync();
        Assert.Equal(5, drafted.Reaction.Rating);
        var changed = await completed.Report.PutImpactAsync(drafted, learner: ImpactArrange.LearnerPart(4, null)).ShouldGiveReviewAsync();
        Assert.Equal((4, (string?)null, 4), (changed.Reaction.Rating, changed.Reaction.Comment, changed.Behaviour.TransferRating));
        Assert.True((await completed.Manager.ImpactReviewsAsync()).Items.Single(item => item.Id == changed.Id).ReactionWritten);
    }

    [Fact]
    public async Task Others_in_the_line_and_the_mentor_read_but_do_not_write()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var director = await factory.SignInAsync(completed.Line.Director.Email);
        var hr = await factory.SignInAsync(completed.Line.Hr.Email);

        foreach (var reader in new[] { director, hr, completed.Mentor })
        {
            var seen = await reader.ImpactReviewAsync(completed.Review.Id);
            Assert.Equal(new ImpactPermissions(false, false, false, false), seen.Can);
            Assert.Equal(completed.Review.Id, (await reader.ContractImpactReviewAsync(completed.Review.ContractId)).Id);
            await (await reader.PutImpactAsync(seen, manager: ImpactArrange.ManagerPart())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await reader.PutImpactAsync(seen, learner: ImpactArrange.LearnerPart())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await reader.Http.PostAsJsonAsync($"/api/impact-reviews/{seen.Id}/second-phase", SecondPhaseTests.Body(seen.Version))).ShouldBeProblem(HttpStatusCode.Forbidden);
        }
        Assert.Equal(completed.Review.Version, (await completed.Manager.ImpactReviewAsync(completed.Review.Id)).Version);
    }

    [Fact]
    public async Task Outsiders_get_404_on_every_endpoint()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var review = completed.Review;

        foreach (var person in new[] { completed.Line.Outsider, completed.Line.Colleague })
        {
            var outsider = await factory.SignInAsync(person.Email);
            await (await outsider.Http.GetAsync($"/api/impact-reviews/{review.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.Http.GetAsync($"/api/contracts/{review.ContractId}/impact-review")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.PutImpactAsync(review, manager: ImpactArrange.ManagerPart())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.PutImpactAsync(review, learner: ImpactArrange.LearnerPart())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await outsider.Http.PostAsJsonAsync($"/api/impact-reviews/{review.Id}/second-phase", SecondPhaseTests.Body(review.Version))).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.DoesNotContain((await outsider.ImpactReviewsAsync()).Items, item => item.Id == review.Id);
        }
        await (await completed.Manager.Http.GetAsync($"/api/impact-reviews/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(review.Version, (await completed.Manager.ImpactReviewAsync(review.Id)).Version);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_that_reloading_cures()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-10");
        var reacted = await completed.Report.PutImpactAsync(completed.Review, learner: ImpactArrange.LearnerPart()).ShouldGiveReviewAsync();

        // The manager still holds the version from before the learner saved.
        await (await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart(record: false))).ShouldBeProblemOfType(HttpStatusCode.Conflict, StaleVersion);
        await (await completed.Manager.PutImpactAsync(reacted, manager: ImpactArrange.ManagerPart(record: false))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors_and_nothing_is_written()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var review = completed.Review;
        var bad = new
        {
            record = true,
            outcomes = new[] { new { index = 0, achieved = (bool?)true, evidence = (string?)null } },
            behaviour = new { examples = (string?)null, transferRating = 9, barriers = (string?)null, enablers = (string?)null },
            results = new { valueNow = 70m, valueNowOn = "2026-12-01" },
            isolation = new { method = "Hunch", attributionPercent = 150m, confidencePercent = -5m },
            money = new { annualisedBenefit = -1m, fees = 10.001m, learnerHours = 20m, loadedHourlyRate = 30m },
            whatNext = (string?)null,
        };

        var errors = await (await completed.Manager.PutImpactAsync(review, manager: bad)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(
            [
                "manager.behaviour.transferRating", "manager.isolation.attributionPercent", "manager.isolation.confidencePercent", "manager.isolation.method",
                "manager.money.annualisedBenefit", "manager.money.fees", "manager.results.valueNowOn",
            ],
            errors.Keys.Order(StringComparer.Ordinal));
        var errorsOfLearner = await (await completed.Report.PutImpactAsync(review, learner: new { reactionRating = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["learner.reactionRating"], errorsOfLearner.Keys);
        await (await completed.Manager.PutImpactAsync(review, manager: ImpactArrange.ManagerPart(outcomes: new[] { new { index = 2, achieved = true } })))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await completed.Manager.Http.PutAsJsonAsync($"/api/impact-reviews/{review.Id}", new { review.Version })).ShouldBeProblem(HttpStatusCode.BadRequest);

        // Recording with an outcome not yet assessed writes nothing: the draft values sent with it are rolled back too.
        var unassessed = await (await completed.Manager.PutImpactAsync(review,
            manager: ImpactArrange.ManagerPart(outcomes: new[] { new { index = 0, achieved = true } }))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Equal(["manager.outcomes"], unassessed.Keys);
        var unchanged = await completed.Manager.ImpactReviewAsync(review.Id);
        Assert.Equal((review.Version, "Due", (int?)null, (bool?)null), (unchanged.Version, unchanged.Status, unchanged.Behaviour.TransferRating, unchanged.Outcomes[0].Achieved));
    }

    [Fact]
    public async Task The_value_now_is_measured_after_the_baseline()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");

        var errors = await (await completed.Manager.PutImpactAsync(completed.Review, manager: ImpactArrange.ManagerPart(valueNowOn: "2026-04-30"))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Equal(["manager.results.valueNowOn"], errors.Keys);
    }
}
