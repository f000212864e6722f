using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProviders;

[RequiresRole(Roles.Manager, Roles.HR, Roles.Admin)]
internal sealed record ListProvidersQuery(string? Q, string? Kind, bool? Preferred, bool? Active, int? Limit, string? After) : IQuery<Page<ProviderResponse>>;
