using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerDiscussions;

/// <summary>One learner's 1:1s, newest first.</summary>
internal sealed record ListLearnerDiscussionsQuery(Guid LearnerId, int? Limit, string? After) : IQuery<Page<DiscussionResponse>>, IRequestAboutPerson
{
    public Guid SubjectPersonId => LearnerId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}
