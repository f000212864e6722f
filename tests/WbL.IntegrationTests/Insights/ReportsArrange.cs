using System.Net;
using System.Text.Json;
using WbL.IntegrationTests.ImpactReviews;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.Insights;

public sealed record ReportColumn(string Key, string Label, string Kind);

public sealed record ReportResponse(string Name, string Title, ReportColumn[] Columns, Dictionary<string, JsonElement>[] Rows);

public sealed record ProviderOutcomes(
    Guid ProviderId, int Contracts, int Active, int Completed, int Withdrawn, decimal? CompletionRatePercent, int ImpactReviewsCompleted,
    decimal? AverageRoiPercent, decimal? AverageBenefitCostRatio, decimal? AverageTransferRating);

/// <summary>
/// One organisation with known figures, seeded once through the API:
/// Operations — Rae's chairing need (performance gap) learnt by work shadowing, contract of 12,000 from 2026-05-04 completed on
/// 2026-09-18, its impact review recorded (ROI 150 %, BCR 2.5, transfer 4, reaction 5); and Rae's private aspiration.
/// Finance — Fin's business-requirement need with external training from a provider, contract of 12,000 from 2026-06-01, withdrawn.
/// </summary>
public sealed class ReportsFixture : IAsyncLifetime
{
    public const string PrivateTitle = "Leave for a rival landlord";

    public WblFactory Factory { get; } = new();

    public CompletedContract Completed { get; private set; } = null!;

    public OrgUnit Finance { get; private set; } = null!;

    public Guid ProviderId { get; private set; }

    public string ProviderName { get; private set; } = "";

    public ApiClient Hr { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Completed = await Factory.CompletedContractAsync(completedOn: "2026-09-18");
        var line = Completed.Line;
        await Completed.Report.PutImpactAsync(Completed.Review, learner: ImpactArrange.LearnerPart()).ShouldGiveReviewAsync();
        var review = await Completed.Manager.ImpactReviewAsync(Completed.Review.Id);
        await Completed.Manager.PutImpactAsync(review, manager: ImpactArrange.ManagerPart()).ShouldGiveReviewAsync();
        await Completed.Report.CreateNeedAsync(NeedsArrange.NeedBody(line.Report.Id, title: PrivateTitle, origin: "PersonalAspiration", isPrivate: true));

        var admin = await Factory.SignInAsAdminAsync();
        Finance = await admin.CreateUnitAsync("Finance", "Department", line.Organisation.Id);
        var finLearner = await admin.CreatePersonAsync("Fin Learner", Finance.Id, managerId: line.Manager.Id);
        Hr = await Factory.SignInAsync(line.Hr.Email);
        var offeringId = await Hr.OfferingAsync(solutionType: "ExternalTraining");
        var offering = await (await Hr.Http.GetAsync($"/api/offerings/{offeringId}")).ReadAs<JsonElement>();
        ProviderId = offering.GetProperty("providerId").GetGuid();
        ProviderName = offering.GetProperty("providerName").GetString()!;

        var manager = Completed.Manager;
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(finLearner.Id, title: "Budget forecasting", origin: "BusinessRequirement"));
        var option = await manager.AddOptionAsync(need.Id, new
        {
            solutionType = "ExternalTraining",
            description = "Forecasting course",
            offeringId,
            cost = 450m,
            hoursAway = 14m,
        });
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Accredited", option.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var finClient = await Factory.SignInAsync(finLearner.Email);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync(need.Id, ImpactArrange.PastTerms(null, start: "2026-06-01")));
        var signed = await (await finClient.SignAsync(proposed)).ReadAs<Contract>();
        var agreed = await (await manager.SignAsync(signed)).ReadAs<Contract>();
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{agreed.Id}/withdraw", new { reason = "Moved to another role", agreed.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public static class ReportsArrange
{
    public static async Task<ReportResponse> ReportAsync(this ApiClient client, string nameAndQuery) =>
        await (await client.Http.GetAsync($"/api/reports/{nameAndQuery}")).ReadAs<ReportResponse>();

    public static string Text(this Dictionary<string, JsonElement> row, string key) => row[key].GetString()!;

    public static int Whole(this Dictionary<string, JsonElement> row, string key) => row[key].GetInt32();

    public static decimal? Number(this Dictionary<string, JsonElement> row, string key) =>
        row[key].ValueKind == JsonValueKind.Null ? null : row[key].GetDecimal();
}
