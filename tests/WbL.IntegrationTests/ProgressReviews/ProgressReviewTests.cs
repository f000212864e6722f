using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed class ProgressReviewTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private Task<ActiveContract> StartedTodayAsync() =>
        factory.ActiveContractAsync(mentor => ReviewArrange.Terms(mentor, cadenceWeeks: 2, firstReviewOn: "2026-11-02", end: "2026-12-31"));

    [Fact]
    public async Task The_learner_writes_their_part_and_the_manager_records_the_review()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();
        Assert.Equal((true, false), (await active.Report.ReviewAsync(review.Id)).Can is var learnerCan ? (learnerCan.WriteLearnerPart, learnerCan.WriteManagerPart) : default);

        var written = await active.Report.PutReviewAsync(review, learner: new
        {
            reflection = "Chairing felt easier once I sent the agenda ahead.",
            barriers = "Panel meetings moved at short notice",
            supportNeeded = "Sit in on one of the director's meetings",
            outcomes = new[] { new { index = 0, evidence = "Chaired two panels", links = new[] { "https://intranet.example/minutes/42" } } },
        }).ShouldSucceedAsync();
        Assert.Equal("Chaired two panels", written.Outcomes[0].Evidence);
        Assert.Equal(["https://intranet.example/minutes/42"], written.Outcomes[0].Links);

        var recorded = await active.Manager.PutReviewAsync(written, manager: ReviewArrange.Recorded(actions:
        [
            new { description = "Send the agenda two days ahead", ownerId = active.Line.Report.Id, dueOn = "2026-11-13", done = false },
        ])).ShouldSucceedAsync();

        Assert.Equal(("Held", "Held", new DateOnly(2026, 11, 2), "OnTrack"), (recorded.Status, recorded.State, recorded.HeldOn, recorded.OverallStatus));
        Assert.Equal(["Progressing", "Progressing"], recorded.Outcomes.Select(outcome => outcome.Rating));
        Assert.Equal((3m, "Chairing felt easier once I sent the agenda ahead."), (recorded.TimeGivenHours, recorded.Reflection));
        Assert.Equal("Send the agenda two days ahead", Assert.Single(recorded.Actions).Description);
        Assert.False(recorded.Can.WriteManagerPart);
        var seenByLearner = await active.Report.ReviewAsync(review.Id);
        Assert.Equal(("Good progress on chairing", false), (seenByLearner.ManagerNotes, seenByLearner.Can.WriteLearnerPart));
        Assert.True((await active.Report.ScheduleAsync(active.Contract.Id)).Reviews[0].LearnerPartWritten);
    }

    [Fact]
    public async Task A_held_review_can_no_longer_be_changed_by_either_side()
    {
        var active = await StartedTodayAsync();
        var held = await active.Manager.PutReviewAsync(await active.FirstReviewAsync(), manager: ReviewArrange.Recorded()).ShouldSucceedAsync();

        await (await active.Manager.PutReviewAsync(held, manager: ReviewArrange.Recorded())).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await active.Report.PutReviewAsync(held, learner: new { reflection = "Late thoughts" })).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
    }

    [Fact]
    public async Task Open_actions_carry_over_to_the_next_review_until_they_are_done()
    {
        var active = await StartedTodayAsync();
        var first = await active.Manager.PutReviewAsync(await active.FirstReviewAsync(), manager: ReviewArrange.Recorded(actions:
        [
            new { description = "Send the agenda two days ahead", ownerId = active.Line.Report.Id, dueOn = "2026-11-13", done = false },
            new { description = "Book the training room", ownerId = active.Line.Manager.Id, dueOn = "2026-11-06", done = false },
        ])).ShouldSucceedAsync();
        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);
        Assert.Equal(2, schedule.OpenActions);

        var second = await active.Manager.ReviewAsync(schedule.Reviews[1].Id);
        Assert.Equal(first.Actions.Select(action => action.Description).Order(), second.CarriedOver.Select(action => action.Description).Order());
        Assert.Empty(second.Actions);

        var agenda = second.CarriedOver.Single(action => action.Description == "Send the agenda two days ahead");
        var room = second.CarriedOver.Single(action => action.Description == "Book the training room");
        var recordedSecond = await active.Manager.PutReviewAsync(second, manager: ReviewArrange.Recorded(actions:
        [
            new { id = agenda.Id, description = agenda.Description, ownerId = agenda.OwnerId, dueOn = "2026-11-13", done = true },
            new { description = "Observe a director's meeting", ownerId = active.Line.Report.Id, dueOn = "2026-11-27", done = false },
        ])).ShouldSucceedAsync();
        Assert.Equal(["Open", "Done"], recordedSecond.CarriedOver.OrderBy(action => action.Description).Select(action => action.Status));

        var third = await active.Manager.ReviewAsync((await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews[2].Id);
        Assert.Equal(["Book the training room", "Observe a director's meeting"], third.CarriedOver.Select(action => action.Description).Order());
        Assert.Equal(room.Id, third.CarriedOver.Single(action => action.Description == "Book the training room").Id);
    }

    [Fact]
    public async Task Each_side_writes_only_its_own_part()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();

        await (await active.Manager.PutReviewAsync(review, learner: new { reflection = "Written for them" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await active.Report.PutReviewAsync(review, manager: ReviewArrange.Recorded())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await active.Mentor.PutReviewAsync(review, learner: new { reflection = "Mentor" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var director = await factory.SignInAsync(active.Line.Director.Email);
        await (await director.PutReviewAsync(review, manager: ReviewArrange.Recorded())).ShouldBeProblem(HttpStatusCode.Forbidden);
        var both = await (await active.Report.PutReviewAsync(review, learner: new { reflection = "x" }, manager: ReviewArrange.Recorded())).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("part", both.Keys);

        var unchanged = await active.Report.ReviewAsync(review.Id);
        Assert.Equal((review.Version, null, "Scheduled"), (unchanged.Version, unchanged.Reflection, unchanged.Status));
    }

    [Fact]
    public async Task Outsiders_get_404_for_every_review_route()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();

        foreach (var stranger in new[] { active.Line.Colleague, active.Line.Outsider })
        {
            var client = await factory.SignInAsync(stranger.Email);
            await (await client.Http.GetAsync($"/api/progress-reviews/{review.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await client.PutReviewAsync(review, learner: new { reflection = "Not mine" })).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await client.Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = "Not mine" })).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        await (await active.Manager.Http.GetAsync($"/api/progress-reviews/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var hr = await factory.SignInAsync(active.Line.Hr.Email);
        Assert.Equal(review.Id, (await hr.ReviewAsync(review.Id)).Id);
    }

    [Fact]
    public async Task Recording_needs_a_date_not_in_the_future_a_status_and_every_outcome_rated()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();

        var missing = await (await active.Manager.PutReviewAsync(review, manager: new { record = true, outcomes = Array.Empty<object>() })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("manager.heldOn", missing.Keys);
        Assert.Contains("manager.overallStatus", missing.Keys);
        var future = await (await active.Manager.PutReviewAsync(review, manager: ReviewArrange.Recorded(heldOn: "2026-11-03"))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("manager.heldOn", future.Keys);
        var unrated = await (await active.Manager.PutReviewAsync(review, manager: new
        {
            record = true, heldOn = "2026-11-02", overallStatus = "AtRisk", outcomes = new[] { new { index = 0, rating = "Achieved" } },
        })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("manager.outcomes", unrated.Keys);
        var badRating = await (await active.Manager.PutReviewAsync(review, manager: new { record = false, outcomes = new[] { new { index = 0, rating = "Brilliant" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("manager.outcomes[0].rating", badRating.Keys);
        var noSuchOutcome = await (await active.Report.PutReviewAsync(review, learner: new { outcomes = new[] { new { index = 5, evidence = "x" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("learner.outcomes", noSuchOutcome.Keys);
        var badLink = await (await active.Report.PutReviewAsync(review, learner: new { outcomes = new[] { new { index = 0, links = new[] { "javascript:alert(1)" } } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("learner.outcomes[0].links[0]", badLink.Keys);
        var strangeOwner = await (await active.Manager.PutReviewAsync(review, manager: ReviewArrange.Recorded(actions:
        [
            new { description = "Someone else's job", ownerId = active.Line.Outsider.Id, dueOn = "2026-11-13", done = false },
        ]))).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("manager.actions", strangeOwner.Keys);

        // Nothing was half-written: the rating and the action of the refused requests are not there.
        var unchanged = await active.Manager.ReviewAsync(review.Id);
        Assert.Equal((review.Version, "Scheduled"), (unchanged.Version, unchanged.Status));
        Assert.All(unchanged.Outcomes, outcome => Assert.Null(outcome.Rating));
        Assert.Empty(unchanged.Actions);
    }

    [Fact]
    public async Task A_stale_version_is_refused()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();
        await active.Report.PutReviewAsync(review, learner: new { reflection = "First" }).ShouldSucceedAsync();

        await (await active.Manager.PutReviewAsync(review, manager: ReviewArrange.Recorded())).ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/stale-version");
    }

    [Fact]
    public async Task The_time_allowed_is_the_weekly_allowance_over_the_period_since_the_last_review()
    {
        var active = await StartedTodayAsync();
        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);

        var first = await active.Manager.ReviewAsync(schedule.Reviews[0].Id);
        var second = await active.Manager.ReviewAsync(schedule.Reviews[1].Id);

        // 3.5 hours a week: nothing before the first review on the start date, two weeks' worth for the next.
        Assert.Equal((new DateOnly(2026, 11, 2), 0m), (first.PeriodFrom, first.TimeAllowedHours));
        Assert.Equal((new DateOnly(2026, 11, 2), 7m), (second.PeriodFrom, second.TimeAllowedHours));
    }

    [Fact]
    public async Task The_mentor_reads_reviews_and_adds_notes_that_others_cannot()
    {
        var active = await StartedTodayAsync();
        var review = await active.FirstReviewAsync();
        var asMentor = await active.Mentor.ReviewAsync(review.Id);
        Assert.Equal((false, false, true), (asMentor.Can.WriteLearnerPart, asMentor.Can.WriteManagerPart, asMentor.Can.AddMentoringNote));

        var created = await active.Mentor.Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = "Try a timed agenda." });
        await created.ShouldHaveStatus(HttpStatusCode.Created);

        await (await active.Manager.Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = "Me too" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await active.Report.Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = "Me too" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var empty = await (await active.Mentor.Http.PostAsJsonAsync($"/api/progress-reviews/{review.Id}/mentoring-notes", new { note = " " })).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("note", empty.Keys);
        var note = Assert.Single((await active.Report.ReviewAsync(review.Id)).MentoringNotes);
        Assert.Equal(("Try a timed agenda.", active.Line.OtherManager.Id), (note.Note, note.AuthorId));
    }
}
