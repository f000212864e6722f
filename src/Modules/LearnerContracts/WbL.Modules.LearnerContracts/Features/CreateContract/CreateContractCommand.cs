using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearnerContracts.Features.CreateContract;

/// <summary>The learner's line manager drafts a contract for a need whose solution is selected.</summary>
internal sealed record CreateContractCommand(Guid NeedId, ContractTermsInput Terms) : ICommand<ContractResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.DevelopmentNeed;

    public Guid RecordId => NeedId;

    public PersonAccess RequiredAccess => PersonAccess.Manage;
}
