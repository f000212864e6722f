using Mediator;
using WbL.Modules.Insights.Reports;

namespace WbL.Modules.Insights.Features.GetProviderOutcomes;

internal sealed class GetProviderOutcomesHandler(ReportInputs inputs) : IQueryHandler<GetProviderOutcomesQuery, ProviderOutcomesResponse>
{
    public async ValueTask<ProviderOutcomesResponse> Handle(GetProviderOutcomesQuery query, CancellationToken cancellationToken) =>
        ReportCatalogue.OutcomesOf(query.ProviderId!.Value, await inputs.LoadAsync(cancellationToken));
}
