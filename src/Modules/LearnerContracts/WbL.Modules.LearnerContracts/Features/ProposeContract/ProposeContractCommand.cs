using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.ProposeContract;

/// <summary>The line manager puts the draft terms to the learner for signature.</summary>
internal sealed record ProposeContractCommand(Guid Id, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
