using Mediator;
using WbL.Modules.Insights.Reports;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Insights.Features.GetReport;

internal sealed class GetReportHandler(ReportInputs inputs, IOrganisationDirectory directory, TimeProvider clock)
    : IQueryHandler<GetReportQuery, ReportResponse>
{
    public async ValueTask<ReportResponse> Handle(GetReportQuery query, CancellationToken cancellationToken)
    {
        var definition = ReportCatalogue.Find(query.Name) ?? throw new NotFoundException("Report", query.Name);
        if (query.DepartmentId is { } departmentId)
        {
            var unit = await directory.FindUnitAsync(departmentId, cancellationToken);
            if (unit is not { Kind: "Department" } || unit.OrganisationId != await inputs.CallerOrganisationAsync(cancellationToken))
            {
                throw Validation.Fail("departmentId", "Choose a department of your organisation.");
            }
        }
        var input = await inputs.LoadAsync(cancellationToken);
        var filters = new ReportFilters(query.From, query.To, query.DepartmentId, query.GroupBy ?? "month");
        return ReportCatalogue.Build(definition, input, filters, clock.GetUtcNow());
    }
}
