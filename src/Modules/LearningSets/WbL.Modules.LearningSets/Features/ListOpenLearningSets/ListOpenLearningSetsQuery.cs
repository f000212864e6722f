using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListOpenLearningSets;

/// <summary>
/// The sets someone could still join (forming or running), by name. Anyone signed in may browse
/// them, so the catalogue says how many members a set has but never who they are.
/// </summary>
[AllowAnySignedInUser]
internal sealed record ListOpenLearningSetsQuery(int? Limit, string? After) : IQuery<Page<OpenLearningSetResponse>>;
