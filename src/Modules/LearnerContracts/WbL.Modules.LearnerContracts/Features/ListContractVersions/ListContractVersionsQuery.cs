using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContractVersions;

internal sealed record ListContractVersionsQuery(Guid Id) : IQuery<Page<ContractVersionResponse>>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.Contract;

    public Guid RecordId => Id;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
