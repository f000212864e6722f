using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.AmendContract;

/// <summary>The line manager starts an amendment: a new draft version of the agreed terms; the agreed version stays in force until both sign the new one.</summary>
internal sealed record AmendContractCommand(Guid Id, int Version) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
