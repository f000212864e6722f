using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.SolutionSelection;
using WbL.Modules.LearnerContracts;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.LearningSets;

/// <summary>Replays contract events from the outbox, so it has a database of its own.</summary>
public sealed class ContractSetJoiningTests(WblFactory factory) : IClassFixture<WblFactory>
{
    /// <summary>A new need of the line's report with the option described by <paramref name="optionBody"/> selected for it.</summary>
    private static async Task<Guid> NeedWithSelectedOptionAsync(SetOptionWorld world, object optionBody)
    {
        var need = await world.Manager.CreateNeedAsync(NeedsArrange.NeedBody(world.Line.Report.Id));
        var option = await (await world.Manager.PostOptionAsync(need.Id, optionBody)).ReadAs<OptionWithSet>(HttpStatusCode.Created);
        await (await world.Manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Peers with the same problem", option.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        return need.Id;
    }

    /// <summary>Both sign a contract for the need that starts today, so it is active at once.</summary>
    private async Task<Contract> ActivateContractAsync(SetOptionWorld world, Guid needId)
    {
        var report = await factory.SignInAsync(world.Line.Report.Email);
        var proposed = await world.Manager.ProposeAsync(await world.Manager.DraftAsync(needId, ContractArrange.Terms(start: "2026-11-02")));
        var signed = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        var active = await (await world.Manager.SignAsync(signed)).ReadAs<Contract>();
        Assert.Equal("Active", active.Status);
        return active;
    }

    private async Task<LearningSet> SetAsync(SetOptionWorld world, Guid setId) =>
        await (await world.Hr.Http.GetAsync($"/api/learning-sets/{setId}")).ReadAs<LearningSet>();

    private async Task ReplayEventsOfAsync(Guid contractId)
    {
        await using (var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            // As if the process had stopped after handling but before marking: the events are pending again.
            await connection.ExecuteAsync("UPDATE lc_outbox SET processed_at = NULL WHERE payload LIKE @Contract", new { Contract = $"%{contractId}%" });
        }
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None) >= 1);
    }

    [Fact]
    public async Task A_learner_whose_contract_starts_on_a_set_option_joins_the_set_once()
    {
        var world = await factory.SetOptionWorldAsync();
        var needId = await NeedWithSelectedOptionAsync(world, OptionSetArrange.SetOptionBody(world.Set.Id));
        var before = await SetAsync(world, world.Set.Id);
        Assert.DoesNotContain(before.Members, member => member.Id == world.Line.Report.Id);

        var contract = await ActivateContractAsync(world, needId);

        var joined = await SetAsync(world, world.Set.Id);
        Assert.Equal(
            new[] { world.Line.Colleague.Id, world.Line.Outsider.Id, world.Line.Report.Id }.Order(),
            joined.Members.Select(member => member.Id).Order());
        Assert.Equal(before.Version + 1, joined.Version);
        var report = await factory.SignInAsync(world.Line.Report.Email);
        Assert.Contains((await (await report.Http.GetAsync("/api/learning-sets")).ReadAs<LearningSetPage>()).Items, set => set.Id == world.Set.Id);

        await ReplayEventsOfAsync(contract.Id);

        var replayed = await SetAsync(world, world.Set.Id);
        Assert.Equal(joined.Members.Select(member => member.Id), replayed.Members.Select(member => member.Id));
        Assert.Equal(joined.Version, replayed.Version);
    }

    [Fact]
    public async Task A_set_that_closed_before_the_contract_started_takes_nobody()
    {
        var world = await factory.SetOptionWorldAsync();
        var needId = await NeedWithSelectedOptionAsync(world, OptionSetArrange.SetOptionBody(world.Set.Id));
        var closed = await world.MoveSetAsync(world.Set, "Closed");

        await ActivateContractAsync(world, needId);

        var after = await SetAsync(world, world.Set.Id);
        Assert.DoesNotContain(after.Members, member => member.Id == world.Line.Report.Id);
        Assert.Equal(closed.Version, after.Version);
    }

    [Fact]
    public async Task A_contract_on_a_set_option_that_names_no_set_changes_no_set()
    {
        var world = await factory.SetOptionWorldAsync();
        var needId = await NeedWithSelectedOptionAsync(world, OptionSetArrange.SetOptionBody(null));

        await ActivateContractAsync(world, needId);

        var set = await SetAsync(world, world.Set.Id);
        Assert.Equal((world.Set.Version, 2), (set.Version, set.Members.Length));
    }
}
