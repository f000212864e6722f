using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.WithdrawContract;

internal sealed class WithdrawContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, Outbox outbox, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<WithdrawContractCommand, ContractResponse>
{
    private const string WithdrawSql = """
        UPDATE lc_contracts
        SET status = 'Withdrawn', withdrawal_reason = @Reason, pending_number = NULL, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    private const string DiscardPendingSql = """
        UPDATE lc_contract_versions SET status = 'Discarded', updated_at = @Now
        WHERE contract_id = @Id AND number = @Number AND status IN ('Draft', 'Proposed')
        """;

    public async ValueTask<ContractResponse> Handle(WithdrawContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        if (contract.Status is ContractStatuses.Completed or ContractStatuses.Withdrawn)
        {
            throw new StateConflictException($"The contract is already {contract.Status.ToLowerInvariant()}.");
        }
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        if (contract.PendingNumber is { } pending)
        {
            await connection.ExecuteAsync(new CommandDefinition(DiscardPendingSql, new { contract.Id, Number = pending, Now = now }, session.Transaction, cancellationToken: cancellationToken));
        }
        if (await connection.ExecuteAsync(new CommandDefinition(WithdrawSql, new { contract.Id, Reason = command.Reason.Trim(), Now = now, contract.Version },
                session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        // The need goes back to its selected solution, ready for another contract.
        await needs.MoveWithContractAsync(contract.NeedId, ContractStage.Withdrawn, currentUser.PersonId, command.Reason.Trim(), cancellationToken);
        await outbox.AddAsync(Outbox.Withdrawn,
            new ContractEvent(contract.Id, contract.NeedId, contract.LearnerId, contract.InForceNumber ?? contract.PendingNumber ?? 1, DateOnly.FromDateTime(now.UtcDateTime)),
            cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
