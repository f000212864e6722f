using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

/// <summary>The caller's own 1:1s and those with their direct reports, newest first.</summary>
[AllowAnySignedInUser]
internal sealed record ListDiscussionsQuery(int? Limit, string? After) : IQuery<Page<DiscussionResponse>>;
