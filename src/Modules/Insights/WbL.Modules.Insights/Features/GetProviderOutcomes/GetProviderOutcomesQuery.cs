using Mediator;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.GetProviderOutcomes;

[RequiresRole(Roles.HR, Roles.Admin)]
internal sealed record GetProviderOutcomesQuery(Guid? ProviderId) : IQuery<ProviderOutcomesResponse>;
