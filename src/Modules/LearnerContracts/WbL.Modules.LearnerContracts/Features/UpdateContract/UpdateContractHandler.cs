using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearnerContracts.Features.UpdateContract;

internal sealed class UpdateContractHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, ContractWriter writer)
    : ICommandHandler<UpdateContractCommand, ContractResponse>
{
    public async ValueTask<ContractResponse> Handle(UpdateContractCommand command, CancellationToken cancellationToken)
    {
        var contract = await ContractReads.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Contract", command.Id);
        if (contract.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Contract");
        }
        var pending = contract.PendingNumber is { } number
            ? (await ContractReads.VersionsAsync(session, dialect, [contract.Id], cancellationToken)).Single(version => version.Number == number)
            : null;
        if (pending?.Status != VersionStatuses.Draft)
        {
            throw new StateConflictException(pending is null
                ? "There is no draft to edit: amend the contract to change agreed terms."
                : "The terms have been proposed to the learner; they can be changed once the learner asks for changes.");
        }
        await writer.CheckMentorAsync(contract.LearnerId, command.Terms.MentorId, cancellationToken);
        await writer.UpdateDraftAsync(contract.Id, pending.Number, command.Terms.ToTerms(), cancellationToken);
        await writer.TouchAsync(contract.Id, contract.Version, contract.Status, pending.Number, cancellationToken);
        return await ContractReads.FindAsync(session, dialect, directory, needs, contract.Id, cancellationToken) ?? throw new NotFoundException("Contract", contract.Id);
    }
}
