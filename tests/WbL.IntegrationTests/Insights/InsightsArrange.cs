using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.Insights;

public sealed record ActionItem(
    string Kind, string Title, string RecordType, Guid RecordId, string Link, string Urgency, DateOnly? DueOn, DateOnly? OpenSince,
    Guid? AboutPersonId, string? AboutPersonName);

public sealed record ActionCounts(int Total, Dictionary<string, int> ByUrgency, Dictionary<string, int> ByKind);

public sealed record MyActions(ActionItem[] Items, string? Next, ActionCounts Counts);

public sealed record DashboardFigures(
    decimal BudgetCommitted, int ContractsInForce, decimal BenefitRealised, int ImpactReviewsRecorded, int ReviewsDue, int ReviewsHeldOnTime,
    int? ReviewsHeldOnTimePercent);

public sealed record DashboardMember(Guid PersonId, string DisplayName, string JobTitle, DashboardFigures Figures);

public sealed record TeamDashboard(Guid ManagerId, DateOnly AsOf, DashboardMember[] Members, DashboardFigures Totals);

public static class InsightsArrange
{
    public static async Task<MyActions> ActionsAsync(this ApiClient client, string query = "?limit=200") =>
        await (await client.Http.GetAsync($"/api/me/actions{query}")).ReadAs<MyActions>();

    /// <summary>The caller's items about one record.</summary>
    public static async Task<ActionItem[]> ActionsAboutAsync(this ApiClient client, Guid recordId) =>
        (await client.ActionsAsync()).Items.Where(item => item.RecordId == recordId).ToArray();
}
