using Mediator;
using WbL.Modules.LearnerContracts.Features.CreateContract;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.UpdateContract;

/// <summary>The line manager edits the draft terms (a new contract, or an amendment in preparation).</summary>
internal sealed record UpdateContractCommand(Guid Id, ContractTermsInput Terms, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
