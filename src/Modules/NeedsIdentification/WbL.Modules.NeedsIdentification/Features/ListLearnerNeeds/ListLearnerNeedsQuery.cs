using Mediator;
using WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerNeeds;

/// <summary>One learner's needs: the learner, their reporting line, HR and Admin.</summary>
internal sealed record ListLearnerNeedsQuery(Guid LearnerId, string? Status, int? Limit, string? After) : IQuery<DevelopmentNeedPage>, IRequestAboutPerson
{
    public Guid SubjectPersonId => LearnerId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
