using System.Net;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.Insights;

/// <summary>Every rule of "what needs my action" from a known state, on the factory's clock (2026-11-02).</summary>
public sealed class ListMyActionsTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_line_manager_holds_overdue_reviews_and_the_learner_writes_their_part()
    {
        // Started in May with a review every 8 weeks: 4 May, 29 June, 24 August and 19 October have all passed.
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        var schedule = await active.Manager.ScheduleAsync(active.Contract.Id);
        var reviewIds = schedule.Reviews.Select(review => review.Id).ToHashSet();
        Assert.Equal(4, reviewIds.Count);

        var managers = (await active.Manager.ActionsAsync()).Items.Where(item => reviewIds.Contains(item.RecordId)).ToList();
        Assert.Equal(4, managers.Count);
        Assert.All(managers, item =>
        {
            Assert.Equal(("progress-review", "Overdue", "ProgressReview", $"/progress-reviews/{item.RecordId}"), (item.Kind, item.Urgency, item.RecordType, item.Link));
            Assert.Equal(("Rae Report", active.Line.Report.Id), (item.AboutPersonName, item.AboutPersonId!.Value));
            Assert.StartsWith("Rae Report: Progress review overdue since ", item.Title, StringComparison.Ordinal);
        });
        // The longest overdue first.
        Assert.Equal(schedule.Reviews.OrderBy(review => review.ScheduledOn).Select(review => review.Id), managers.Select(item => item.RecordId));
        Assert.Equal(new DateOnly(2026, 5, 4), managers[0].DueOn);

        var learners = (await active.Report.ActionsAsync()).Items.Where(item => reviewIds.Contains(item.RecordId)).ToList();
        Assert.Equal(4, learners.Count);
        Assert.All(learners, item => Assert.Equal(("progress-review-learner-part", "Overdue", (string?)null), (item.Kind, item.Urgency, item.AboutPersonName)));

        // Once the learner has written their part, only the manager's item stays.
        var first = await active.Report.ReviewAsync(managers[0].RecordId);
        await active.Report.PutReviewAsync(first, learner: new { reflection = "Chaired two panels" })
            .ShouldSucceedAsync();
        Assert.Empty(await active.Report.ActionsAboutAsync(first.Id));
        // Recording it as held clears the manager's.
        var written = await active.Manager.ReviewAsync(first.Id);
        await active.Manager.PutReviewAsync(written, manager: ReviewArrange.Recorded(heldOn: "2026-05-04")).ShouldSucceedAsync();
        Assert.Empty(await active.Manager.ActionsAboutAsync(first.Id));
        Assert.Single(await active.Manager.ActionsAboutAsync(managers[1].RecordId));
    }

    [Fact]
    public async Task Nobody_outside_the_line_manager_and_the_learner_gets_their_items()
    {
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        var reviewIds = (await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews.Select(review => review.Id).ToHashSet();
        var line = active.Line;

        // Managers further up read the records but do not act on them; the mentor, a colleague, another team and HR neither.
        foreach (var email in new[] { line.Director.Email, line.OtherManager.Email, line.Colleague.Email, line.Outsider.Email, line.Hr.Email })
        {
            var items = (await (await factory.SignInAsync(email)).ActionsAsync()).Items;
            Assert.DoesNotContain(items, item => reviewIds.Contains(item.RecordId) || item.AboutPersonId == line.Report.Id);
        }
        var admin = await factory.SignInAsAdminAsync();
        Assert.DoesNotContain((await admin.ActionsAsync()).Items, item => reviewIds.Contains(item.RecordId));
    }

    [Fact]
    public async Task The_learner_signs_first_then_the_manager_countersigns()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);
        var draft = await manager.DraftAsync(need.Id);

        Assert.Equal(["contract-draft"], (await manager.ActionsAboutAsync(draft.Id)).Select(item => item.Kind));
        Assert.Empty(await report.ActionsAboutAsync(draft.Id));

        var proposed = await manager.ProposeAsync(draft);
        var toSign = Assert.Single(await report.ActionsAboutAsync(draft.Id));
        Assert.Equal(("contract-to-sign", "Open", $"/contracts/{draft.Id}", NeedsArrange.Today), (toSign.Kind, toSign.Urgency, toSign.Link, toSign.OpenSince!.Value));
        Assert.Empty(await manager.ActionsAboutAsync(draft.Id));

        var signed = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        Assert.Empty(await report.ActionsAboutAsync(draft.Id));
        var countersign = Assert.Single(await manager.ActionsAboutAsync(draft.Id));
        Assert.Equal("contract-to-countersign", countersign.Kind);
        Assert.StartsWith("Rae Report: Countersign the learning contract", countersign.Title, StringComparison.Ordinal);
        Assert.Empty(await (await factory.SignInAsync(line.Director.Email)).ActionsAboutAsync(draft.Id));

        await (await manager.SignAsync(signed)).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Empty(await manager.ActionsAboutAsync(draft.Id));
    }

    [Fact]
    public async Task An_idea_waits_for_the_managers_answer_and_the_learner_sees_the_next_review()
    {
        // Starts today; the first review is on 14 December, more than a week away.
        var active = await factory.ActiveContractAsync();
        var idea = await (await active.Report.Http.PostAsJsonAsync($"/api/contracts/{active.Contract.Id}/ideas",
            new { title = "Publish panel agendas a week ahead", description = "Tenants could prepare." })).ReadAs<IdeaSeen>(HttpStatusCode.Created);

        var item = Assert.Single(await active.Manager.ActionsAboutAsync(idea.Id));
        Assert.Equal(("idea-unanswered", "Open", $"/contracts/{active.Contract.Id}/ideas", NeedsArrange.Today.AddDays(14)),
            (item.Kind, item.Urgency, item.Link, item.DueOn!.Value));
        Assert.Empty(await active.Report.ActionsAboutAsync(idea.Id));

        var next = (await active.Report.ActionsAsync()).Items.Single(action => action.Kind == "progress-review-upcoming");
        Assert.Equal(("Upcoming", new DateOnly(2026, 12, 14)), (next.Urgency, next.DueOn!.Value));
        Assert.Equal("Next progress review on 14 December 2026", next.Title);

        await (await active.Manager.Http.PostAsJsonAsync($"/api/ideas/{idea.Id}/response", new { decision = "Championed", reason = (string?)null, idea.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Empty(await active.Manager.ActionsAboutAsync(idea.Id));
    }

    [Fact]
    public async Task Impact_reviews_are_the_managers_in_their_window_the_learners_for_their_view_and_hrs_when_overdue()
    {
        // As of 2026-11-02: finished today → pending; on 18 September → due; on 1 August → overdue.
        var pending = await factory.CompletedContractAsync(completedOn: "2026-11-02");
        var due = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var overdue = await factory.CompletedContractAsync(completedOn: "2026-08-01");

        Assert.Empty(await pending.Manager.ActionsAboutAsync(pending.Review.Id));
        var dueItem = Assert.Single(await due.Manager.ActionsAboutAsync(due.Review.Id));
        Assert.Equal(("impact-review", "Due", $"/impact-reviews/{due.Review.Id}", new DateOnly(2026, 12, 18)), (dueItem.Kind, dueItem.Urgency, dueItem.Link, dueItem.DueOn!.Value));
        var overdueItem = Assert.Single(await overdue.Manager.ActionsAboutAsync(overdue.Review.Id));
        Assert.Equal(("impact-review", "Overdue"), (overdueItem.Kind, overdueItem.Urgency));

        // The learner may give their view at any time until it is recorded.
        Assert.Equal([("impact-review-reaction", "Upcoming")], (await pending.Report.ActionsAboutAsync(pending.Review.Id)).Select(item => (item.Kind, item.Urgency)));
        Assert.Equal([("impact-review-reaction", "Due")], (await due.Report.ActionsAboutAsync(due.Review.Id)).Select(item => (item.Kind, item.Urgency)));
        await due.Report.PutImpactAsync(due.Review, learner: ImpactArrange.LearnerPart()).ShouldGiveReviewAsync();
        Assert.Empty(await due.Report.ActionsAboutAsync(due.Review.Id));

        // Overdue ones escalate to HR; those still in their window do not.
        var hr = await factory.SignInAsync(overdue.Line.Hr.Email);
        var escalated = Assert.Single(await hr.ActionsAboutAsync(overdue.Review.Id));
        Assert.Equal(("impact-review-escalated", "Overdue", "Rae Report"), (escalated.Kind, escalated.Urgency, escalated.AboutPersonName));
        Assert.Empty(await hr.ActionsAboutAsync(due.Review.Id));
        Assert.Empty(await (await factory.SignInAsync(overdue.Line.OtherManager.Email)).ActionsAboutAsync(overdue.Review.Id));

        var recorded = await overdue.Manager.PutImpactAsync(overdue.Review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();
        Assert.Equal("Completed", recorded.Status);
        Assert.Empty(await overdue.Manager.ActionsAboutAsync(overdue.Review.Id));
        Assert.Empty(await hr.ActionsAboutAsync(overdue.Review.Id));
    }

    [Fact]
    public async Task Needs_the_manager_must_take_further_and_the_next_one_to_one()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var aspiration = await report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, title: "Become a surveyor", origin: "PersonalAspiration", isPrivate: true));
        var identified = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));

        var confirm = Assert.Single(await manager.ActionsAboutAsync(aspiration.Id));
        Assert.Equal(("aspiration-to-confirm", "Open", $"/people/{line.Report.Id}/plan"), (confirm.Kind, confirm.Urgency, confirm.Link));
        Assert.Equal("Rae Report: Confirm or discuss the aspiration “Become a surveyor”", confirm.Title);
        var choose = Assert.Single(await manager.ActionsAboutAsync(identified.Id));
        Assert.Equal(("need-without-solution", $"/needs/{identified.Id}/solutions"), (choose.Kind, choose.Link));
        // A private aspiration is for the learner and their line manager only: no one above sees it named.
        Assert.Empty(await (await factory.SignInAsync(line.Director.Email)).ActionsAboutAsync(aspiration.Id));
        Assert.Empty(await report.ActionsAboutAsync(identified.Id));

        // The next 1:1 agreed for 7 December is more than a week away: nothing yet. One agreed for 5 November is due.
        await (await manager.Http.PostAsJsonAsync("/api/discussions", NeedsArrange.DiscussionBody(line.Colleague.Id))).ShouldHaveStatus(HttpStatusCode.Created);
        Assert.Empty(await manager.ActionsAboutAsync(line.Colleague.Id));
        var soon = new
        {
            learnerId = line.Report.Id, kind = "OneToOne", heldOn = "2026-10-01", summary = "Check-in", agreedOutcomes = new[] { "Meet again soon" },
            nextDiscussionOn = "2026-11-05", identifiedNeeds = Array.Empty<object>(),
        };
        await (await manager.Http.PostAsJsonAsync("/api/discussions", soon)).ShouldHaveStatus(HttpStatusCode.Created);
        var discussion = Assert.Single(await manager.ActionsAboutAsync(line.Report.Id));
        Assert.Equal(("discussion-due", "Due", $"/team/{line.Report.Id}/discussions/new", new DateOnly(2026, 11, 5)),
            (discussion.Kind, discussion.Urgency, discussion.Link, discussion.DueOn!.Value));
    }

    [Fact]
    public async Task Hr_answers_open_advice_requests_and_the_manager_acts_on_the_answer()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var hr = await factory.SignInAsync(line.Hr.Email);
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id));
        var request = await (await manager.Http.PostAsJsonAsync("/api/advice-requests",
            new { needId = need.Id, topics = new[] { "PreferredSuppliers" }, question = "Which suppliers do we prefer for chairing skills?" })).ReadAs<AdviceRequest>(HttpStatusCode.Created);

        var open = Assert.Single(await hr.ActionsAboutAsync(request.Id));
        Assert.Equal(("advice-request-open", "Open", $"/advice-requests/{request.Id}"), (open.Kind, open.Urgency, open.Link));
        Assert.Empty(await manager.ActionsAboutAsync(request.Id));

        await (await hr.Http.PostAsJsonAsync($"/api/advice-requests/{request.Id}/response",
            new { answer = "Northern College runs a good course.", recommendedOfferingIds = Array.Empty<Guid>(), request.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Empty(await hr.ActionsAboutAsync(request.Id));
        Assert.Equal(["advice-answered"], (await manager.ActionsAboutAsync(request.Id)).Select(item => item.Kind));

        // Once a solution is selected, the answer has been acted on.
        var option = await manager.AddOptionAsync(need.Id);
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Best transfer", option.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Empty(await manager.ActionsAboutAsync(request.Id));
    }

    [Fact]
    public async Task Hr_sees_a_corporate_programme_candidate_once_enough_people_share_a_need()
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var tag = "Negotiation " + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6));
        object Body(Guid learnerId) => new
        {
            learnerId, title = "Negotiate with contractors", learningOutcomes = new[] { "Agree a price within budget" },
            performanceImprovement = "Better contracts", origin = "BusinessRequirement", isPrivate = false, priority = "Medium", competencyTags = new[] { tag },
        };
        var hr = await factory.SignInAsync(line.Hr.Email);
        await manager.CreateNeedAsync(Body(line.Report.Id));
        await manager.CreateNeedAsync(Body(line.Colleague.Id));
        Assert.DoesNotContain((await hr.ActionsAsync()).Items, item => item.Title.Contains(tag, StringComparison.OrdinalIgnoreCase));

        await manager.CreateNeedAsync(Body(line.Colleague.Id));
        var candidate = Assert.Single((await hr.ActionsAsync()).Items, item => item.Title.Contains(tag, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("corporate-programme-candidate", "/corporate-programmes", "Open"), (candidate.Kind, candidate.Link, candidate.Urgency));
        Assert.StartsWith("3 people need “", candidate.Title, StringComparison.Ordinal);
        Assert.DoesNotContain((await manager.ActionsAsync()).Items, item => item.Kind == "corporate-programme-candidate");
    }

    [Fact]
    public async Task The_list_pages_in_its_order_and_counts_the_whole_list()
    {
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));
        await active.Manager.CreateNeedAsync(NeedsArrange.NeedBody(active.Line.Colleague.Id));
        var all = await active.Manager.ActionsAsync();
        Assert.True(all.Items.Length >= 5);
        Assert.Null(all.Next);
        Assert.Equal(all.Items.Length, all.Counts.Total);
        Assert.Equal(4, all.Counts.ByUrgency["Overdue"]);
        Assert.Equal(1, all.Counts.ByUrgency["Open"]);
        Assert.Equal(0, all.Counts.ByUrgency["Upcoming"]);
        Assert.Equal(4, all.Counts.ByKind["progress-review"]);
        Assert.Equal(["Overdue", "Overdue", "Overdue", "Overdue", "Open"], all.Items.Select(item => item.Urgency));

        var seen = new List<ActionItem>();
        string? after = null;
        do
        {
            var page = await active.Manager.ActionsAsync($"?limit=2{(after is null ? "" : $"&after={after}")}");
            Assert.True(page.Items.Length <= 2);
            Assert.Equal(all.Counts.Total, page.Counts.Total);
            seen.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        Assert.Equal(all.Items.Select(item => item.RecordId), seen.Select(item => item.RecordId));
    }

    [Fact]
    public async Task Someone_with_nothing_to_do_gets_an_empty_list_and_bad_paging_is_400()
    {
        var line = await factory.LineAsync();
        var outsider = await factory.SignInAsync(line.Outsider.Email);
        var none = await outsider.ActionsAsync();
        Assert.Empty(none.Items);
        Assert.Equal((0, (string?)null), (none.Counts.Total, none.Next));
        Assert.Equal(0, none.Counts.ByUrgency["Overdue"]);

        Assert.Equal(["after"], (await (await outsider.Http.GetAsync("/api/me/actions?after=nonsense")).ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["limit"], (await (await outsider.Http.GetAsync("/api/me/actions?limit=0")).ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        await (await factory.NewClient().Http.GetAsync("/api/me/actions")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }

    private sealed record IdeaSeen(Guid Id, int Version);
}
