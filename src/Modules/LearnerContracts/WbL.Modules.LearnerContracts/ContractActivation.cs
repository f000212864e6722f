using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts;

/// <summary>An agreed contract becomes active on its start date; this finds the ones whose day has come.</summary>
internal sealed class ContractActivation(IDbSession session, IDevelopmentNeeds needs, Outbox outbox, IAuditTrail audit, TimeProvider clock)
{
    private const string DueSql = """
        SELECT c.id, c.need_id, c.learner_id, c.manager_id, c.in_force_number, v.start_date
        FROM lc_contracts c
        INNER JOIN lc_contract_versions v ON v.contract_id = c.id AND v.number = c.in_force_number
        WHERE c.status = 'Agreed' AND v.start_date <= @Today
        ORDER BY v.start_date, c.id
        """;

    private const string ActivateSql = "UPDATE lc_contracts SET status = 'Active', version = version + 1, updated_at = @Now WHERE id = @Id AND status = 'Agreed'";

    public async Task<int> ActivateDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var due = (await connection.QueryAsync<DueRow>(new CommandDefinition(DueSql, new { Today = DateOnly.FromDateTime(now.UtcDateTime) }, cancellationToken: cancellationToken))).AsList();
        var activated = 0;
        foreach (var contract in due)
        {
            // One transaction per contract: one that cannot move does not hold back the others.
            await session.InTransactionAsync(async () =>
            {
                if (await connection.ExecuteAsync(new CommandDefinition(ActivateSql, new { contract.Id, Now = now }, session.Transaction, cancellationToken: cancellationToken)) == 0)
                {
                    return;
                }
                await needs.MoveWithContractAsync(contract.NeedId, ContractStage.Active, contract.ManagerId, "Learning started", cancellationToken);
                await outbox.AddAsync(Outbox.Activated, new ContractEvent(contract.Id, contract.NeedId, contract.LearnerId, contract.InForceNumber, contract.StartDate), cancellationToken);
                // Nobody sent this change: the clock did, so the entry has no actor.
                await audit.RecordAsync(new AuditEntry(null, Outbox.Activated, AuditedRecord.TypeOf(typeof(ContractResponse)), contract.Id, contract.LearnerId,
                    AuditChanges.Of(new { Status = "Active", contract.StartDate, VersionNumber = contract.InForceNumber })), cancellationToken);
                activated++;
            }, cancellationToken);
        }
        return activated;
    }

    private sealed class DueRow
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid ManagerId { get; init; }
        public int InForceNumber { get; init; }
        public DateOnly StartDate { get; init; }
    }
}

/// <summary>Runs <see cref="ContractActivation"/> and retries pending outbox events at start-up and then every quarter of an hour.</summary>
internal sealed class ContractActivationService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ContractActivationService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One correlation id per round, shared by the audit entries and the log lines it writes.
                using var round = Correlation.StartBackground("ContractActivationRound");
                await using var scope = scopes.CreateAsyncScope();
                var activated = await scope.ServiceProvider.GetRequiredService<ContractActivation>().ActivateDueAsync(stoppingToken);
                if (activated > 0)
                {
                    logger.LogInformation("Activated {Count} contracts whose start date has come", activated);
                }
                // Events whose handling failed after their commit are retried here.
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed round is retried on the next; the service must outlive a locked database or a bad row.
                logger.LogError(exception, "Activating due contracts failed");
            }
            await Task.Delay(Interval, clock, stoppingToken);
        }
    }
}
