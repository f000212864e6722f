using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListLearningSets;

/// <summary>The sets the caller sees, by name: all of them for HR and Admin, otherwise those they facilitate or belong to.</summary>
[AllowAnySignedInUser]
internal sealed record ListLearningSetsQuery(int? Limit, string? After) : IQuery<Page<LearningSetResponse>>;
