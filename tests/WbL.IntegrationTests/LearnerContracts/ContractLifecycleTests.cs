using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.Modules.LearnerContracts;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.LearnerContracts;

public sealed class ContractLifecycleTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task An_amended_contract_is_not_in_force_until_both_sign()
    {
        var (_, manager, report, contract) = await factory.AgreedContractAsync(start: "2026-11-02");
        var amending = await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/amend", new { contract.Version })).ReadAs<Contract>();
        Assert.Equal((1, 2, "Draft"), (amending.InForce!.Number, amending.Pending!.Number, amending.Pending.Status));

        var edited = await (await manager.Http.PutAsJsonAsync($"/api/contracts/{contract.Id}", new
        {
            terms = ContractArrange.Terms(start: "2026-11-02", end: "2027-04-30", outcomes: [.. contract.InForce!.Terms.LearningOutcomes]),
            amending.Version,
        })).ReadAs<Contract>();
        var proposed = await manager.ProposeAsync(edited);
        var learnerSigned = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        Assert.Equal((1, new DateOnly(2027, 2, 26)), (learnerSigned.InForce!.Number, learnerSigned.InForce.Terms.EndDate));

        var agreed = await (await manager.SignAsync(learnerSigned)).ReadAs<Contract>();
        Assert.Equal((2, new DateOnly(2027, 4, 30), "Active"), (agreed.InForce!.Number, agreed.InForce.Terms.EndDate, agreed.Status));
        var versions = await (await report.Http.GetAsync($"/api/contracts/{contract.Id}/versions")).ReadAs<Page<ContractVersion>>();
        Assert.Equal(["Superseded", "Agreed"], versions.Items.Select(version => version.Status));
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/amend", new { version = agreed.Version - 1 })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Completing_records_the_date_and_outcome_and_refuses_a_future_date()
    {
        var (_, manager, report, contract) = await factory.AgreedContractAsync(start: "2026-10-01", baselineDate: "2026-09-15");

        var future = await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/complete", new { completedOn = "2026-11-03", outcome = "Completed", contract.Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("completedOn", future.Keys);
        await (await report.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/complete", new { completedOn = "2026-11-01", outcome = "Completed", contract.Version }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        var completed = await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/complete",
            new { completedOn = "2026-11-01", outcome = "PartlyCompleted", contract.Version })).ReadAs<Contract>();
        Assert.Equal("Completed", completed.Status);
        var need = await (await manager.Http.GetAsync($"/api/development-needs/{contract.NeedId}")).ReadAs<DevelopmentNeed>();
        Assert.Equal(("Completed", "Learning partly completed"), (need.Status, need.History[^1].Note));
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/withdraw", new { reason = "Too late", completed.Version })).ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal(["ContractActivated", "ContractCompleted"], await OutboxEventsAsync(contract.Id));
    }

    /// <summary>The events other modules will react to, read straight from the module's outbox.</summary>
    private async Task<List<string>> OutboxEventsAsync(Guid contractId)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var events = await connection.QueryAsync<string>(
            "SELECT event_type FROM lc_outbox WHERE payload LIKE @Contract ORDER BY occurred_at, id", new { Contract = $"%{contractId:D}%" });
        return events.AsList();
    }

    [Fact]
    public async Task Withdrawal_needs_a_reason_and_returns_the_need_to_its_selected_solution()
    {
        var (_, manager, _, contract) = await factory.AgreedContractAsync(start: "2026-11-02");

        var errors = await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/withdraw", new { reason = " ", contract.Version }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("reason", errors.Keys);
        var withdrawn = await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/withdraw", new { reason = "Moved to another team", contract.Version }))
            .ReadAs<Contract>();

        Assert.Equal("Withdrawn", withdrawn.Status);
        var need = await (await manager.Http.GetAsync($"/api/development-needs/{contract.NeedId}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("SolutionSelected", need.Status);
        var again = await manager.DraftAsync(contract.NeedId);
        Assert.Equal("Draft", again.Status);
        Assert.Equal(["ContractActivated", "ContractWithdrawn"], await OutboxEventsAsync(contract.Id));
    }
}

/// <summary>Moves its clock forward, so it has a database and clock of its own.</summary>
public sealed class ContractActivationTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task An_agreed_contract_becomes_active_on_its_start_date()
    {
        var (line, _, _, agreed) = await factory.AgreedContractAsync(start: "2026-12-01");
        Assert.Equal("Agreed", agreed.Status);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContractActivation>().ActivateDueAsync(CancellationToken.None));
        }

        // Moving the clock also wakes the host's activation service; whichever runs first activates it, once.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContractActivation>().ActivateDueAsync(CancellationToken.None);
        }

        // A month on, the morning's sign-in session has long expired.
        var manager = await factory.SignInAsync(line.Manager.Email);
        var active = await (await manager.Http.GetAsync($"/api/contracts/{agreed.Id}")).ReadAs<Contract>();
        Assert.Equal("Active", active.Status);
        var need = await (await manager.Http.GetAsync($"/api/development-needs/{agreed.NeedId}")).ReadAs<DevelopmentNeed>();
        Assert.Equal("InProgress", need.Status);
    }

}
