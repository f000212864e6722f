using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListSolutionTypes;

/// <summary>Everyone picks from the active types; only HR (and Admin) see the retired ones (checked by the handler).</summary>
[AllowAnySignedInUser]
internal sealed record ListSolutionTypesQuery(bool IncludeInactive) : IQuery<Page<SolutionTypeResponse>>;
