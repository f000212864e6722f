using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.ProposeContract;

internal sealed class ProposeContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ContractWriter writer, TimeProvider clock)
    : ICommandHandler<ProposeContractCommand, ContractResponse>
{
    private const string ProposeSql = """
        UPDATE lc_contract_versions SET status = 'Proposed', change_comment = NULL, updated_at = @Now
        WHERE contract_id = @ContractId AND number = @Number AND status = 'Draft'
        """;

    public async ValueTask<ContractResponse> Handle(ProposeContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        if (contract.PendingNumber is not { } number
            || (await ContractReads.VersionsAsync(session, dialect, [contract.Id], cancellationToken)).Single(version => version.Number == number).Status != VersionStatuses.Draft)
        {
            throw new StateConflictException("Only draft terms can be proposed.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ProposeSql, new { ContractId = contract.Id, Number = number, Now = clock.GetUtcNow() },
            session.Transaction, cancellationToken: cancellationToken));
        // An amendment is proposed while the agreed version stays in force.
        var status = contract.InForceNumber is null ? ContractStatuses.Proposed : contract.Status;
        await writer.TouchAsync(contract.Id, contract.Version, status, number, cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
