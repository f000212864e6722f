using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.AmendContract;

internal sealed class AmendContractHandler(
    IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ContractWriter writer, ICurrentUser currentUser)
    : ICommandHandler<AmendContractCommand, ContractResponse>
{
    public async ValueTask<ContractResponse> Handle(AmendContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        if (contract.Status is not (ContractStatuses.Agreed or ContractStatuses.Active) || contract.InForceNumber is not { } inForce)
        {
            throw new StateConflictException("Only an agreed or active contract is amended; a draft is simply edited.");
        }
        if (contract.PendingNumber is not null)
        {
            throw new StateConflictException("An amendment is already in preparation.");
        }
        var versions = await ContractReads.VersionsAsync(session, dialect, [contract.Id], cancellationToken);
        var terms = ContractTerms.Deserialise(versions.Single(version => version.Number == inForce).Terms);
        var number = versions.Max(version => version.Number) + 1;
        await writer.InsertDraftAsync(contract.Id, number, terms, currentUser.PersonId, cancellationToken);
        await writer.TouchAsync(contract.Id, contract.Version, contract.Status, number, cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
