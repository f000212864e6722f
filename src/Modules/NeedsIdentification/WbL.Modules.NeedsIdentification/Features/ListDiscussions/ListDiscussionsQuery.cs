using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

/// <summary>One learner's 1:1s, newest first.</summary>
internal sealed record ListLearnerDiscussionsQuery(Guid LearnerId, int? Limit, string? After) : IQuery<Page<DiscussionResponse>>, IRequestAboutPerson
{
    public Guid SubjectPersonId => LearnerId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}

/// <summary>The caller's own 1:1s and those with their direct reports, newest first.</summary>
[AllowAnySignedInUser]
internal sealed record ListMyDiscussionsQuery(int? Limit, string? After) : IQuery<Page<DiscussionResponse>>;
