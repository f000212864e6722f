using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ImpactReviews.Features.GetContractImpactReview;

/// <summary>The impact review of a contract, for whoever may read the contract.</summary>
internal sealed record GetContractImpactReviewQuery(Guid ContractId) : IQuery<ImpactReviewResponse>, IRequestAboutRecord
{
    public string RecordType => ContractRecord.Type;

    public Guid RecordId => ContractId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
