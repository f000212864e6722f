using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.GetTeamDashboard;

/// <summary>A manager's direct reports with their development figures: the manager, managers above them, HR and Admin.</summary>
internal sealed record GetTeamDashboardQuery(Guid PersonId) : IQuery<TeamDashboardResponse>, IRequestAboutPerson
{
    public Guid SubjectPersonId => PersonId;

    public PersonAccess RequiredAccess => PersonAccess.Read;
}

/// <summary>
/// One report's figures, or the team's totals. <c>reviewsHeldOnTimePercent</c> is of the progress reviews whose date has
/// come, whole percent, null when none has.
/// </summary>
public sealed record TeamDashboardFigures(
    decimal BudgetCommitted,
    int ContractsInForce,
    decimal BenefitRealised,
    int ImpactReviewsRecorded,
    int ReviewsDue,
    int ReviewsHeldOnTime,
    int? ReviewsHeldOnTimePercent);

public sealed record TeamDashboardMember(Guid PersonId, string DisplayName, string JobTitle, TeamDashboardFigures Figures);

public sealed record TeamDashboardResponse(Guid ManagerId, DateOnly AsOf, IReadOnlyList<TeamDashboardMember> Members, TeamDashboardFigures Totals);
