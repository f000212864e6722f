using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.ProgressReviews;
using WbL.Modules.LearnerContracts;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed class ImpactReviewOpeningTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task Completing_a_contract_opens_one_pending_review_prefilled_from_the_contract()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-11-02");
        var review = completed.Review;

        Assert.Equal("Pending", review.Status);
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 2), new DateOnly(2027, 2, 2)),
            (review.LearningCompletedOn, review.WindowOpensOn, review.WindowClosesOn));
        Assert.Equal((completed.Line.Report.Id, completed.Line.Manager.Id, completed.Line.OtherManager.Id), (review.LearnerId, review.ManagerId, review.MentorId));
        Assert.Equal("Chair tenant panel meetings", review.NeedTitle);
        Assert.Equal(new ImpactResults("Panel meetings ending on time", "%", 40m, new DateOnly(2026, 5, 1), null, null, null), review.Results);
        Assert.Equal(ReviewArrange.Outcomes, review.Outcomes.Select(outcome => outcome.Outcome));
        Assert.All(review.Outcomes, outcome => Assert.Null(outcome.Achieved));
        // The contract's cost is the first of the fully loaded costs; there is no benefit yet to set against it.
        Assert.Equal(ImpactArrange.Cost, review.Money.Fees);
        Assert.Equal(new ImpactFigures(null, 0m, ImpactArrange.Cost, null, null, "No annualised benefit with attribution and confidence recorded yet: ROI is not calculated"), review.Figures);
        Assert.Equal(new ImpactPermissions(WriteLearnerPart: false, WriteManagerPart: true, Record: false, StartSecondPhase: true), review.Can);
        Assert.False(review.Late);

        var listed = await completed.Manager.ImpactReviewsAsync();
        Assert.Equal(review.Id, Assert.Single(listed.Items, item => item.ContractId == review.ContractId).Id);
        var asLearner = await completed.Report.ImpactReviewAsync(review.Id);
        Assert.Equal((review.Id, review.Status, review.Version), (asLearner.Id, asLearner.Status, asLearner.Version));
        Assert.Equal(new ImpactPermissions(WriteLearnerPart: true, WriteManagerPart: false, Record: false, StartSecondPhase: false), asLearner.Can);
    }

    [Fact]
    public async Task Handling_the_completion_again_opens_no_second_review()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-01");

        // As if the process had stopped after handling but before marking: the events are pending again.
        await ExecuteAsync("UPDATE lc_outbox SET processed_at = NULL WHERE payload LIKE @Contract", new { Contract = $"%{completed.Review.ContractId}%" });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None) >= 1);
        }

        Assert.Equal(1, await CountAsync("SELECT COUNT(1) FROM ir_reviews WHERE contract_id = @Id", new { Id = completed.Review.ContractId }));
        var again = await completed.Manager.ContractImpactReviewAsync(completed.Review.ContractId);
        Assert.Equal((completed.Review.Id, completed.Review.Version), (again.Id, again.Version));
    }

    [Fact]
    public async Task A_contract_still_running_has_no_impact_review()
    {
        var active = await factory.ActiveContractAsync(mentor => ImpactArrange.PastTerms(mentor));

        await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}/impact-review")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await active.Manager.ImpactReviewsAsync()).Items, item => item.ContractId == active.Contract.Id);
    }

    [Fact]
    public async Task A_partly_completed_contract_gets_its_impact_review_too()
    {
        var completed = await factory.CompletedContractAsync(completedOn: "2026-10-20", outcome: "PartlyCompleted");

        Assert.Equal(("Pending", new DateOnly(2026, 11, 20)), (completed.Review.Status, completed.Review.WindowOpensOn));
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
