using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.CompleteContract;

internal sealed record CompleteContractCommand(Guid Id, DateOnly? CompletedOn, string Outcome, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
