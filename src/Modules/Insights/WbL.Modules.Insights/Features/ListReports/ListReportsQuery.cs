using Mediator;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.ListReports;

[RequiresRole(Roles.HR, Roles.Admin)]
internal sealed record ListReportsQuery : IQuery<ReportListResponse>;
