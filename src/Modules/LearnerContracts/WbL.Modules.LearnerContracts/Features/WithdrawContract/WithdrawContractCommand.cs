using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.WithdrawContract;

internal sealed record WithdrawContractCommand(Guid Id, string Reason, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
