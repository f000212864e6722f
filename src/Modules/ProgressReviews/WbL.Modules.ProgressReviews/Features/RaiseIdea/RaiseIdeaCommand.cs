using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ProgressReviews.Features.RaiseIdea;

/// <summary>The learner challenges current practice with an idea; only the learner raises ideas on their own contract.</summary>
internal sealed record RaiseIdeaCommand(Guid ContractId, string Title, string Description) : ICommand<IdeaResponse>, IRequestAboutRecord
{
    public string RecordType => ContractRecord.Type;

    public Guid RecordId => ContractId;

    public PersonAccess RequiredAccess => PersonAccess.Own;
}
