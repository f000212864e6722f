using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed record ReviewSummary(
    Guid Id, int? Sequence, DateOnly ScheduledOn, string Status, string State, DateOnly? HeldOn, string? OverallStatus, bool LearnerPartWritten,
    string? CancelledReason, int Version);

public sealed record ProgressSchedule(
    Guid ContractId, string ContractStatus, int? ReviewCadenceWeeks, decimal? HoursPerWeek, DateOnly? NextReviewOn, int OpenActions, ReviewSummary[] Reviews);

public sealed record EvidenceFile(Guid Id, Guid ReviewId, int OutcomeIndex, string FileName, string ContentType, long SizeBytes, Guid UploadedBy, string UploadedByName);

public sealed record ReviewOutcome(int Index, string Outcome, string? Rating, string? Evidence, string[] Links, EvidenceFile[] Files);

public sealed record ReviewAction(Guid Id, string Description, Guid OwnerId, string OwnerName, DateOnly DueOn, string Status, Guid RaisedInReviewId, Guid? DoneInReviewId);

public sealed record MentoringNote(Guid Id, Guid AuthorId, string AuthorName, string Note);

public sealed record ReviewPermissions(bool WriteLearnerPart, bool WriteManagerPart, bool AddMentoringNote, bool UploadEvidence);

public sealed record ProgressReview(
    Guid Id, Guid ContractId, Guid LearnerId, Guid ManagerId, Guid? MentorId, int? Sequence, DateOnly ScheduledOn, string Status, string State,
    string? CancelledReason, DateOnly? HeldOn, DateOnly PeriodFrom, decimal TimeAllowedHours, decimal? TimeGivenHours, string? Barriers,
    string? SupportNeeded, string? Reflection, string? ManagerNotes, string? OverallStatus, ReviewOutcome[] Outcomes, ReviewAction[] CarriedOver,
    ReviewAction[] Actions, MentoringNote[] MentoringNotes, ReviewPermissions Can, int Version);

/// <summary>A line whose report has an active contract, the other team's manager named as its mentor.</summary>
public sealed record ActiveContract(NeedsLine Line, ApiClient Manager, ApiClient Report, ApiClient Mentor, Contract Contract);

public static class ReviewArrange
{
    public static readonly string[] Outcomes = ["Chair a meeting to time", "Write clear minutes"];

    /// <summary>
    /// Signed by both on the factory's clock (2026-11-02) and starting that day, so it is active at once:
    /// reviews every 4 weeks from 2026-12-14 up to 2027-02-26 unless other terms are given.
    /// </summary>
    public static async Task<ActiveContract> ActiveContractAsync(this WblFactory factory, Func<Guid, object>? termsForMentor = null)
    {
        var line = await factory.LineAsync();
        var manager = await factory.SignInAsync(line.Manager.Email);
        var report = await factory.SignInAsync(line.Report.Email);
        var mentor = await factory.SignInAsync(line.OtherManager.Email);
        var need = await manager.NeedReadyForContractAsync(line.Report.Id);
        var terms = termsForMentor?.Invoke(line.OtherManager.Id) ?? ContractArrange.Terms(start: "2026-11-02", mentorId: line.OtherManager.Id, outcomes: Outcomes);
        var proposed = await manager.ProposeAsync(await manager.DraftAsync(need.Id, terms));
        var signed = await (await report.SignAsync(proposed)).ReadAs<Contract>();
        var active = await (await manager.SignAsync(signed)).ReadAs<Contract>();
        return new ActiveContract(line, manager, report, mentor, active);
    }

    /// <summary>Contract terms with the review schedule under the test's control.</summary>
    public static object Terms(Guid? mentorId, int cadenceWeeks = 4, string firstReviewOn = "2026-12-14", string end = "2027-02-26", string start = "2026-11-02") => new
    {
        learningOutcomes = Outcomes,
        startDate = start,
        endDate = end,
        hoursPerWeek = 3.5m,
        studyDays = 1,
        reviewCadenceWeeks = cadenceWeeks,
        firstReviewOn,
        curriculumTopics = new[] { "Running a meeting to an agenda" },
        assignmentTopics = new[] { "Redesign the tenant panel agenda" },
        mentorId,
        measureName = "Panel meetings ending on time",
        measureUnit = "%",
        baselineValue = 40m,
        baselineDate = "2026-11-01",
        supportCommitments = new[] { "StudyTime", "ChampionIdeas" },
        supportNotes = (string?)null,
    };

    /// <summary>Amends the contract to the given terms, both sign, and returns the contract now in force.</summary>
    public static async Task<Contract> AmendAsync(this ActiveContract active, object terms)
    {
        var current = await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}")).ReadAs<Contract>();
        var amending = await (await active.Manager.Http.PostAsJsonAsync($"/api/contracts/{current.Id}/amend", new { current.Version })).ReadAs<Contract>();
        var edited = await (await active.Manager.Http.PutAsJsonAsync($"/api/contracts/{current.Id}", new { terms, amending.Version })).ReadAs<Contract>();
        var proposed = await active.Manager.ProposeAsync(edited);
        var learnerSigned = await (await active.Report.SignAsync(proposed)).ReadAs<Contract>();
        return await (await active.Manager.SignAsync(learnerSigned)).ReadAs<Contract>();
    }

    public static async Task<Contract> CurrentContractAsync(this ActiveContract active) =>
        await (await active.Manager.Http.GetAsync($"/api/contracts/{active.Contract.Id}")).ReadAs<Contract>();

    /// <summary>The manager's part that records a review as held, every outcome rated.</summary>
    public static object Recorded(string heldOn = "2026-11-02", object[]? actions = null, string rating = "Progressing", decimal timeGivenHours = 3m) => new
    {
        record = true,
        heldOn,
        timeGivenHours,
        managerNotes = "Good progress on chairing",
        overallStatus = "OnTrack",
        outcomes = Outcomes.Select((_, index) => new { index, rating }).ToArray(),
        actions = actions ?? [],
    };

    public static async Task<ProgressSchedule> ScheduleAsync(this ApiClient client, Guid contractId) =>
        await (await client.Http.GetAsync($"/api/contracts/{contractId}/progress-reviews")).ReadAs<ProgressSchedule>();

    public static async Task<ProgressReview> ReviewAsync(this ApiClient client, Guid reviewId) =>
        await (await client.Http.GetAsync($"/api/progress-reviews/{reviewId}")).ReadAs<ProgressReview>();

    public static async Task<HttpResponseMessage> PutReviewAsync(this ApiClient client, ProgressReview review, object? learner = null, object? manager = null) =>
        await client.Http.PutAsJsonAsync($"/api/progress-reviews/{review.Id}", new { review.Version, learner, manager });

    public static async Task<ProgressReview> FirstReviewAsync(this ActiveContract active) =>
        await active.Manager.ReviewAsync((await active.Manager.ScheduleAsync(active.Contract.Id)).Reviews[0].Id);

    public static async Task<ProgressReview> ShouldSucceedAsync(this Task<HttpResponseMessage> put) => await (await put).ReadAs<ProgressReview>(HttpStatusCode.OK);
}
