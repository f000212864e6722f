using Mediator;
using WbL.Modules.Insights.Reports;

namespace WbL.Modules.Insights.Features.ListReports;

internal sealed class ListReportsHandler : IQueryHandler<ListReportsQuery, ReportListResponse>
{
    public ValueTask<ReportListResponse> Handle(ListReportsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ReportListResponse(ReportCatalogue.All));
}
