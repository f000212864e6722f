using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ProgressReviews.Features.ListContractIdeas;

/// <summary>The ideas raised on a contract, newest first.</summary>
internal sealed record ListContractIdeasQuery(Guid ContractId, int? Limit, string? After) : IQuery<Page<IdeaResponse>>, IRequestAboutRecord
{
    public string RecordType => ContractRecord.Type;

    public Guid RecordId => ContractId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
