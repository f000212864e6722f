using Mediator;
using WbL.Modules.Insights.Reports;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.GetReport;

/// <summary>
/// One report over the caller's organisation. <paramref name="From"/> and <paramref name="To"/> are inclusive dates;
/// <paramref name="GroupBy"/> (month or quarter) is read by the spend report only.
/// </summary>
[RequiresRole(Roles.HR, Roles.Admin)]
internal sealed record GetReportQuery(string Name, DateOnly? From, DateOnly? To, Guid? DepartmentId, string? GroupBy) : IQuery<ReportResponse>;
