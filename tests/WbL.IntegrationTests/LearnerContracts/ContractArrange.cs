using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.SolutionSelection;

namespace WbL.IntegrationTests.LearnerContracts;

public sealed record ContractTerms(
    string[] LearningOutcomes, DateOnly StartDate, DateOnly EndDate, decimal HoursPerWeek, int StudyDays, int ReviewCadenceWeeks,
    DateOnly FirstReviewOn, string[] CurriculumTopics, string[] AssignmentTopics, Guid? MentorId, decimal Cost, string MeasureName,
    string MeasureUnit, decimal BaselineValue, DateOnly BaselineDate, string[] SupportCommitments, string? SupportNotes);

public sealed record ContractVersion(
    int Number, string Status, ContractTerms Terms, string? MentorName, string? LearnerSignedByName, DateTimeOffset? LearnerSignedAt,
    string? ManagerSignedByName, DateTimeOffset? ManagerSignedAt, string? ChangeComment);

public sealed record Contract(
    Guid Id, Guid NeedId, string NeedTitle, Guid LearnerId, string LearnerName, Guid ManagerId, string SolutionType, string SolutionDescription,
    string Status, ContractVersion? InForce, ContractVersion? Pending, int Version);

public static class ContractArrange
{
    public static object Terms(string start = "2026-11-16", Guid? mentorId = null, string[]? outcomes = null, string end = "2027-02-26", string baselineDate = "2026-11-01") => new
    {
        learningOutcomes = outcomes,
        startDate = start,
        endDate = end,
        hoursPerWeek = 2m,
        studyDays = 1,
        reviewCadenceWeeks = 4,
        firstReviewOn = "2026-12-14",
        curriculumTopics = new[] { "Running a meeting to an agenda" },
        assignmentTopics = new[] { "Redesign the tenant panel agenda" },
        mentorId,
        measureName = "Panel meetings ending on time",
        measureUnit = "%",
        baselineValue = 40m,
        baselineDate,
        supportCommitments = new[] { "StudyTime", "ChampionIdeas" },
        supportNotes = "Protected Friday afternoons",
    };

    /// <summary>A need for the line's report with a selected option, ready for a contract.</summary>
    public static async Task<DevelopmentNeed> NeedReadyForContractAsync(this ApiClient manager, Guid learnerId)
    {
        var need = await manager.CreateNeedAsync(NeedsArrange.NeedBody(learnerId));
        var option = await manager.AddOptionAsync(need.Id);
        await (await manager.Http.PostAsJsonAsync($"/api/solution-options/{option.Id}/select", new { rationale = "Best transfer", option.Version })).ShouldHaveStatus(HttpStatusCode.OK);
        return need;
    }

    public static async Task<Contract> DraftAsync(this ApiClient manager, Guid needId, object? terms = null) =>
        await (await manager.Http.PostAsJsonAsync("/api/contracts", new { needId, terms = terms ?? Terms() })).ReadAs<Contract>(HttpStatusCode.Created);

    public static async Task<Contract> ProposeAsync(this ApiClient manager, Contract contract) =>
        await (await manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/propose", new { contract.Version })).ReadAs<Contract>();

    public static async Task<HttpResponseMessage> SignAsync(this ApiClient client, Contract contract, int? versionNumber = null) =>
        await client.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/sign", new { versionNumber = versionNumber ?? contract.Pending!.Number, contract.Version });

    /// <summary>A contract both have signed, starting on the given date.</summary>
    public static async Task<(NeedsLine Line, ApiClient Manager, ApiClient Report, Contract Contract)> AgreedContractAsync(
        this WblFactory factory, string start, string baselineDate = "2026-11-01")
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync(need.Id, Terms(start: start, baselineDate: baselineDate)));
        var signed = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        var agreed = await (await manager.SignAsync(signed)).ReadAs<Contract>();
        return (line, manager, report, agreed);
    }
}
