using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.GetContract;

internal sealed record GetContractQuery(Guid Id) : IQuery<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
