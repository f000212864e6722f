using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.ListContractReviews;

internal sealed record ListContractReviewsQuery(Guid ContractId) : IQuery<ProgressScheduleResponse>, IRequestAboutRecord
{
    public string RecordType => ContractRecord.Type;

    public Guid RecordId => ContractId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
