using System.Net;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed class ImpactReviewListTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Each_role_sees_the_reviews_it_may_see()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var id = completed.Review.Id;
        var line = completed.Line;

        async Task<bool> SeesAsync(string email) =>
            (await (await factory.SignInAsync(email)).ImpactReviewsAsync("?limit=200")).Items.Any(item => item.Id == id);

        Assert.True(await SeesAsync(line.Report.Email));
        Assert.True(await SeesAsync(line.Manager.Email));
        // Read-only further up the line; HR reads everyone's (their overdue list is their escalation list).
        Assert.True(await SeesAsync(line.Director.Email));
        Assert.True(await SeesAsync(line.Hr.Email));
        Assert.False(await SeesAsync(line.Colleague.Email));
        Assert.False(await SeesAsync(line.Outsider.Email));
        Assert.False(await SeesAsync(line.OtherManager.Email));

        var admin = await factory.SignInAsAdminAsync();
        Assert.Contains((await admin.ImpactReviewsAsync("?limit=200")).Items, item => item.Id == id);
        var summary = (await completed.Report.ImpactReviewsAsync()).Items.Single(item => item.Id == id);
        Assert.Equal((completed.Review.ContractId, "Chair tenant panel meetings", line.Report.Id, "Rae Report", "Due", false),
            (summary.ContractId, summary.NeedTitle, summary.LearnerId, summary.LearnerName, summary.Status, summary.ReactionWritten));
    }

    [Fact]
    public async Task The_status_filter_follows_the_window_dates()
    {
        // As of the clock's 2026-11-02: finished today → pending; 45 days ago → due; on 1 August → overdue since today.
        var pending = await factory.CompletedContractAsync(completedOn: "2026-11-02");
        var due = await factory.CompletedContractAsync(completedOn: "2026-09-18");
        var overdue = await factory.CompletedContractAsync(completedOn: "2026-08-01");
        var recorded = await factory.CompletedContractAsync(completedOn: "2026-09-20");
        await recorded.Manager.PutImpactAsync(recorded.Review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();
        var hr = await factory.SignInAsync(pending.Line.Hr.Email);

        async Task<HashSet<Guid>> ListedAsync(string status) =>
            (await hr.ImpactReviewsAsync($"?status={status}&limit=200")).Items.Select(item => item.Id).ToHashSet();

        var ours = new[] { pending.Review.Id, due.Review.Id, overdue.Review.Id, recorded.Review.Id };
        Assert.Equal([pending.Review.Id], ours.Where((await ListedAsync("pending")).Contains));
        Assert.Equal([due.Review.Id], ours.Where((await ListedAsync("due")).Contains));
        Assert.Equal([overdue.Review.Id], ours.Where((await ListedAsync("overdue")).Contains));
        Assert.Equal([recorded.Review.Id], ours.Where((await ListedAsync("completed")).Contains));
        Assert.All((await hr.ImpactReviewsAsync("?status=Overdue&limit=200")).Items, item => Assert.Equal("Overdue", item.Status));
        // The learner's manager sees the same split for their own report.
        Assert.Equal([overdue.Review.Id], (await overdue.Manager.ImpactReviewsAsync("?status=overdue")).Items.Select(item => item.Id));
        Assert.Empty((await overdue.Manager.ImpactReviewsAsync("?status=due")).Items);
    }

    [Fact]
    public async Task The_list_pages_with_the_window_closing_soonest_first()
    {
        await factory.CompletedContractAsync(completedOn: "2026-10-05");
        await factory.CompletedContractAsync(completedOn: "2026-10-06");
        var admin = await factory.SignInAsAdminAsync();
        var all = (await admin.ImpactReviewsAsync("?limit=200")).Items;

        var seen = new List<ImpactReviewSummary>();
        string? after = null;
        do
        {
            var page = await admin.ImpactReviewsAsync($"?limit=1{(after is null ? "" : $"&after={after}")}");
            Assert.True(page.Items.Length <= 1);
            seen.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(all.Select(item => item.Id), seen.Select(item => item.Id));
        Assert.Equal(all.OrderBy(item => item.WindowClosesOn).Select(item => item.WindowClosesOn), all.Select(item => item.WindowClosesOn));
        Assert.True(all.Length >= 2);
    }

    [Fact]
    public async Task Unknown_statuses_and_cursors_are_400()
    {
        var admin = await factory.SignInAsAdminAsync();

        Assert.Equal(["status"], (await (await admin.Http.GetAsync("/api/impact-reviews?status=late")).ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["after"], (await (await admin.Http.GetAsync("/api/impact-reviews?after=nonsense")).ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["limit"], (await (await admin.Http.GetAsync("/api/impact-reviews?limit=0")).ShouldBeProblem(HttpStatusCode.BadRequest)).Keys);
    }
}
