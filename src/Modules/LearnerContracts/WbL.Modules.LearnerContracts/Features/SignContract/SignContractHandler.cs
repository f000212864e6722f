using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.SignContract;

internal sealed class SignContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ContractWriter writer, Outbox outbox,
    RequestAccess access, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SignContractCommand, ContractResponse>
{
    private const string LearnerSignsSql = """
        UPDATE lc_contract_versions SET learner_signed_by = @By, learner_signed_at = @Now, updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number AND status = 'Proposed' AND learner_signed_by IS NULL
        """;

    private const string ManagerSignsSql = """
        UPDATE lc_contract_versions SET manager_signed_by = @By, manager_signed_at = @Now, status = 'Agreed', updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number AND status = 'Proposed' AND learner_signed_by IS NOT NULL
        """;

    private const string SupersedeSql = """
        UPDATE lc_contract_versions SET status = 'Superseded', updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number
        """;

    private const string PutInForceSql = """
        UPDATE lc_contracts SET status = @Status, in_force_number = @Number, pending_number = NULL, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ContractResponse> Handle(SignContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (!access.IsOwner && !access.IsManager)
        {
            throw new ForbiddenException("Only the learner and their line manager sign the contract.");
        }
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        var pending = contract.PendingNumber is { } number
            ? (await ContractReads.VersionsAsync(session, dialect, [contract.Id], cancellationToken)).Single(version => version.Number == number)
            : null;
        if (pending?.Status != VersionStatuses.Proposed)
        {
            throw new StateConflictException("There are no proposed terms to sign.");
        }
        if (pending.Number != command.VersionNumber)
        {
            throw new ConcurrencyConflictException("Contract terms");
        }

        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var parameters = new { ContractId = contract.Id, pending.Number, By = currentUser.PersonId, Now = now };
        if (access.IsOwner)
        {
            if (await connection.ExecuteAsync(new CommandDefinition(LearnerSignsSql, parameters, session.Transaction, cancellationToken: cancellationToken)) == 0)
            {
                throw new StateConflictException("You have already signed these terms; your manager countersigns next.");
            }
            await writer.TouchAsync(contract.Id, contract.Version, contract.Status, pending.Number, cancellationToken);
        }
        else
        {
            if (await connection.ExecuteAsync(new CommandDefinition(ManagerSignsSql, parameters, session.Transaction, cancellationToken: cancellationToken)) == 0)
            {
                throw new StateConflictException("The learner signs first; you countersign after them.");
            }
            await PutInForceAsync(contract, pending, now, cancellationToken);
        }
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }

    private async Task PutInForceAsync(ContractReads.Row contract, ContractReads.VersionRow agreed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (contract.InForceNumber is { } previous)
        {
            await connection.ExecuteAsync(new CommandDefinition(SupersedeSql, new { ContractId = contract.Id, Number = previous, Now = now },
                session.Transaction, cancellationToken: cancellationToken));
        }
        var terms = ContractTerms.Deserialise(agreed.Terms);
        var started = terms.StartDate <= DateOnly.FromDateTime(now.UtcDateTime);
        var status = started ? ContractStatuses.Active : ContractStatuses.Agreed;
        if (await connection.ExecuteAsync(new CommandDefinition(PutInForceSql, new
            {
                contract.Id,
                Status = status,
                agreed.Number,
                Now = now,
                contract.Version,
            }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Contract");
        }

        var change = new ContractEvent(contract.Id, contract.NeedId, contract.LearnerId, agreed.Number, terms.StartDate);
        if (contract.InForceNumber is not null)
        {
            await outbox.AddAsync(Outbox.Amended, change, cancellationToken);
        }
        if (contract.InForceNumber is null)
        {
            await needs.MoveWithContractAsync(contract.NeedId, ContractStage.Agreed, currentUser.PersonId, $"Contract version {agreed.Number} signed by both", cancellationToken);
        }
        if (started && contract.Status != ContractStatuses.Active)
        {
            await needs.MoveWithContractAsync(contract.NeedId, ContractStage.Active, currentUser.PersonId, "Learning started", cancellationToken);
            await outbox.AddAsync(Outbox.Activated, change, cancellationToken);
        }
    }
}
