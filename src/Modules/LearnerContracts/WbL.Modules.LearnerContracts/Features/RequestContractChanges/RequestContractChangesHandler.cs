using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.RequestContractChanges;

internal sealed class RequestContractChangesHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ContractWriter writer, TimeProvider clock)
    : ICommandHandler<RequestContractChangesCommand, ContractResponse>
{
    // Any signature on the proposal goes with it: the changed terms must be signed afresh.
    private const string BackToDraftSql = """
        UPDATE lc_contract_versions
        SET status = 'Draft', change_comment = @Comment, learner_signed_by = NULL, learner_signed_at = NULL, updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number AND status = 'Proposed'
        """;

    public async ValueTask<ContractResponse> Handle(RequestContractChangesCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        if (contract.PendingNumber is not { } number
            || await connection.ExecuteAsync(new CommandDefinition(BackToDraftSql, new { ContractId = contract.Id, Number = number, Comment = command.Comment.Trim(), Now = clock.GetUtcNow() },
                session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new StateConflictException("There are no proposed terms to send back.");
        }
        var status = contract.InForceNumber is null ? ContractStatuses.Draft : contract.Status;
        await writer.TouchAsync(contract.Id, contract.Version, status, number, cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
