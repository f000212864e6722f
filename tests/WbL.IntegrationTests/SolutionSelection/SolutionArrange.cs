using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.SolutionSelection;

public sealed record SolutionOption(
    Guid Id, Guid NeedId, Guid LearnerId, string SolutionType, string SolutionTypeName, string Description, Guid? OfferingId, string? OfferingTitle,
    Guid? ProgrammeId, int? KnowledgeRating, int? SkillRating, int? BehaviourRating, int? TransferRating, int? SustainabilityRating,
    decimal? Cost, decimal? HoursAway, string Status, string? DecisionNote, int Version);

public sealed record RecommendedOffering(Guid OfferingId, string Title, string ProviderName, decimal Cost, Guid? AdoptedAsOptionId);

public sealed record AdviceRequest(
    Guid Id, Guid NeedId, string NeedTitle, Guid LearnerId, string RequestedByName, string[] Topics, string Question, string Status,
    string? Answer, string? AnsweredByName, RecommendedOffering[] Recommendations, int Version);

public sealed record Enrolment(Guid NeedId, Guid LearnerId, string LearnerName, Guid OptionId);

public sealed record Programme(
    Guid Id, string Title, string CompetencyTag, Guid? OfferingId, decimal CostPerHead, decimal TotalCost, bool TotalCostAgreed, string Status,
    Enrolment[] Enrolments, int Version);

public sealed record CandidateNeed(Guid NeedId, string Title, Guid LearnerId, string LearnerName, string OrgUnitName, string ManagerName);

public sealed record Candidate(string CompetencyTag, int NeedCount, int TeamCount, CandidateNeed[] Needs);

public sealed record IdOnly(Guid Id);

public static class SolutionArrange
{
    public static object OptionBody(string solutionType = "WorkShadowing", string description = "Shadow Grace at two tenant panels", int? rating = 4, decimal? cost = 0m) => new
    {
        solutionType,
        description,
        knowledgeRating = rating,
        knowledgeNote = "Sees how a panel is run",
        skillRating = rating,
        behaviourRating = rating,
        transferRating = rating,
        sustainabilityRating = rating,
        cost,
        hoursAway = 6m,
    };

    public static async Task<SolutionOption> AddOptionAsync(this ApiClient client, Guid needId, object? body = null) =>
        await (await client.Http.PostAsJsonAsync($"/api/development-needs/{needId}/options", body ?? OptionBody())).ReadAs<SolutionOption>(HttpStatusCode.Created);

    public static async Task<DevelopmentNeed> NeedWithTagAsync(this ApiClient manager, Guid learnerId, string tag, string title = "Negotiate with contractors") =>
        await manager.CreateNeedAsync(new
        {
            learnerId,
            title,
            learningOutcomes = new[] { "Prepare a negotiation plan for a contract renewal" },
            performanceImprovement = "Better value from repair contracts",
            origin = "BusinessRequirement",
            priority = "Medium",
            competencyTags = new[] { tag },
        });

    /// <summary>A provider with one offering, created by HR through the register.</summary>
    public static async Task<Guid> OfferingAsync(this ApiClient hr, string title = "Negotiation skills (2 days)", string solutionType = "ExternalTraining", decimal cost = 450m)
    {
        var provider = await (await hr.Http.PostAsJsonAsync("/api/providers", new
        {
            name = $"Northern College {Guid.NewGuid():N}",
            kind = "FeCollege",
            preferred = false,
            accreditations = Array.Empty<string>(),
            contactEmail = "courses@northern.example",
            website = "https://northern.example",
            active = true,
        })).ReadAs<IdOnly>(HttpStatusCode.Created);
        var offering = await (await hr.Http.PostAsJsonAsync($"/api/providers/{provider.Id}/offerings", new
        {
            title,
            solutionType,
            accredited = false,
            duration = "2 days",
            cost,
            deliveryMode = "Classroom",
            active = true,
        })).ReadAs<IdOnly>(HttpStatusCode.Created);
        return offering.Id;
    }
}
