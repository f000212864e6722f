using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.CompleteContract;

internal sealed class CompleteContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, Outbox outbox, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CompleteContractCommand, ContractResponse>
{
    private const string CompleteSql = """
        UPDATE lc_contracts
        SET status = 'Completed', completed_on = @CompletedOn, completion_outcome = @Outcome, pending_number = NULL, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    // An amendment nobody signed dies with the contract it would have changed.
    private const string DiscardPendingSql = """
        UPDATE lc_contract_versions SET status = 'Discarded', updated_at = @Now
        WHERE contract_id = @Id AND number = @Number AND status IN ('Draft', 'Proposed')
        """;

    public async ValueTask<ContractResponse> Handle(CompleteContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        if (contract.Status != ContractStatuses.Active || contract.InForceNumber is not { } inForce)
        {
            throw new StateConflictException("Only an active contract can be completed.");
        }
        var terms = ContractTerms.Deserialise((await ContractReads.VersionsAsync(session, dialect, [contract.Id], cancellationToken)).Single(version => version.Number == inForce).Terms);
        if (command.CompletedOn < terms.StartDate)
        {
            throw Validation.Fail("completedOn", "The learning cannot finish before it started.");
        }

        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        if (contract.PendingNumber is { } pending)
        {
            await connection.ExecuteAsync(new CommandDefinition(DiscardPendingSql, new { contract.Id, Number = pending, Now = now }, session.Transaction, cancellationToken: cancellationToken));
        }
        if (await connection.ExecuteAsync(new CommandDefinition(CompleteSql, new { contract.Id, command.CompletedOn, command.Outcome, Now = now, contract.Version },
                session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        await needs.MoveWithContractAsync(contract.NeedId, ContractStage.Completed, currentUser.PersonId,
            command.Outcome == "Completed" ? "Learning completed" : "Learning partly completed", cancellationToken);
        await outbox.AddAsync(Outbox.Completed, new ContractEvent(contract.Id, contract.NeedId, contract.LearnerId, inForce, command.CompletedOn), cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
