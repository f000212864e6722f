using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.Modules.LearnerContracts;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.ProgressReviews;

/// <summary>Moves its clock forward, so it has a database and clock of its own.</summary>
public sealed class ContractEventDispatchTests(WblFactory factory) : IClassFixture<WblFactory>
{
    private async Task<int> DispatchPendingAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
    }

    private async Task<T> QueryAsync<T>(string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<T>(sql, parameters);
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    [Fact]
    public async Task Handling_an_event_again_leaves_the_schedule_as_it_was()
    {
        var active = await factory.ActiveContractAsync();
        var before = await active.Manager.ScheduleAsync(active.Contract.Id);

        // As if the process had stopped after handling but before marking: the events are pending again.
        await ExecuteAsync("UPDATE lc_outbox SET processed_at = NULL WHERE payload LIKE @Contract", new { Contract = $"%{active.Contract.Id}%" });
        Assert.True(await DispatchPendingAsync() >= 1);

        var after = await active.Manager.ScheduleAsync(active.Contract.Id);
        Assert.Equal(before.Reviews.Select(review => (review.Id, review.ScheduledOn, review.Version)), after.Reviews.Select(review => (review.Id, review.ScheduledOn, review.Version)));
    }

    [Fact]
    public async Task An_event_that_cannot_be_handled_stays_pending_and_does_not_hold_back_the_others()
    {
        await ExecuteAsync(
            "INSERT INTO lc_outbox (id, event_type, payload, occurred_at, processed_at) VALUES (@Id, 'ContractExploded', '{}', @Now, NULL)",
            new { Id = Guid.NewGuid(), Now = factory.Clock.GetUtcNow().AddMinutes(-1) });
        var active = await factory.ActiveContractAsync();

        Assert.NotEmpty((await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews);
        Assert.Equal(0, await DispatchPendingAsync());
        Assert.Equal(1, await QueryAsync<long>("SELECT COUNT(1) FROM lc_outbox WHERE event_type = 'ContractExploded' AND processed_at IS NULL", new { }));
        await ExecuteAsync("DELETE FROM lc_outbox WHERE event_type = 'ContractExploded'", new { });
    }

    [Fact]
    public async Task A_contract_activated_on_its_start_date_gets_its_schedule()
    {
        var (line, _, _, agreed) = await factory.AgreedContractAsync(start: "2026-12-01");

        // Moving the clock also wakes the host's activation service; whichever runs first activates it and hands the event on, once.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContractActivation>().ActivateDueAsync(CancellationToken.None);
        }
        await DispatchPendingAsync();

        var manager = await factory.SignInAsync(line.Manager.Email);
        var schedule = await manager.ScheduleAsync(agreed.Id);
        Assert.Equal("Active", schedule.ContractStatus);
        Assert.Equal([new DateOnly(2026, 12, 14), new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 8)], schedule.Reviews.Select(review => review.ScheduledOn));
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(1) FROM lc_outbox WHERE processed_at IS NULL", new { }));
    }
}
