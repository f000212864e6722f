using System.Net;
using WbL.IntegrationTests.Infrastructure;
using WbL.IntegrationTests.LearnerContracts;
using WbL.IntegrationTests.NeedsIdentification;
using WbL.IntegrationTests.ProgressReviews;

namespace WbL.IntegrationTests.ImpactReviews;

public sealed record ImpactReaction(int? Rating, string? Comment, Guid? WrittenBy, string? WrittenByName, DateTimeOffset? WrittenAt);

public sealed record ImpactOutcome(int Index, string Outcome, bool? Achieved, string? Evidence);

public sealed record ImpactBehaviour(string? Examples, int? TransferRating, string? Barriers, string? Enablers);

public sealed record ImpactResults(string MeasureName, string MeasureUnit, decimal BaselineValue, DateOnly BaselineDate, decimal? ValueNow, DateOnly? ValueNowOn, decimal? Change);

public sealed record ImpactIsolation(string? Method, decimal? AttributionPercent, decimal? ConfidencePercent);

public sealed record ImpactMoney(
    decimal? BenefitPerUnit, decimal? AnnualisedBenefit, decimal? Fees, decimal? Travel, decimal? Materials, decimal? LearnerHours,
    decimal? LoadedHourlyRate, decimal? Backfill, decimal? ManagerTime, string? Intangibles);

public sealed record ImpactFigures(decimal? AdjustedBenefit, decimal LearnerTimeCost, decimal TotalCosts, decimal? RoiPercent, decimal? BenefitCostRatio, string? RoiUndefinedReason);

public sealed record ImpactPermissions(bool WriteLearnerPart, bool WriteManagerPart, bool Record, bool StartSecondPhase);

public sealed record ImpactReview(
    Guid Id, Guid ContractId, Guid NeedId, string NeedTitle, string SolutionDescription, Guid LearnerId, string LearnerName, Guid ManagerId,
    string ManagerName, Guid? MentorId, string? MentorName, DateOnly LearningCompletedOn, DateOnly WindowOpensOn, DateOnly WindowClosesOn,
    string Status, bool Late, DateTimeOffset? CompletedAt, Guid? CompletedBy, string? CompletedByName, ImpactReaction Reaction,
    ImpactOutcome[] Outcomes, ImpactBehaviour Behaviour, ImpactResults Results, ImpactIsolation Isolation, ImpactMoney Money,
    ImpactFigures Figures, string? WhatNext, Guid? FollowOnNeedId, string? FollowOnNeedTitle, ImpactPermissions Can, int Version);

public sealed record ImpactReviewSummary(
    Guid Id, Guid ContractId, string NeedTitle, Guid LearnerId, string LearnerName, DateOnly LearningCompletedOn, DateOnly WindowOpensOn,
    DateOnly WindowClosesOn, string Status, bool Late, DateTimeOffset? CompletedAt, bool ReactionWritten, decimal? RoiPercent,
    decimal? BenefitCostRatio, Guid? FollowOnNeedId, int Version);

public sealed record PlanCompetency(string Tag, DateOnly AcquiredOn, Guid NeedId);

public sealed record PlanWithCompetencies(PlanLearner Learner, DevelopmentNeed[] Needs, PlanCompetency[] Competencies);

/// <summary>An active contract finished on the given date, and the impact review that opened.</summary>
public sealed record CompletedContract(ActiveContract Active, ImpactReview Review)
{
    public NeedsLine Line => Active.Line;

    public ApiClient Manager => Active.Manager;

    public ApiClient Report => Active.Report;

    public ApiClient Mentor => Active.Mentor;
}

public static class ImpactArrange
{
    public const decimal Cost = 12_000m;

    /// <summary>
    /// Terms that started long ago (a start in the past is agreed and active at once), so that the learning can
    /// be completed on any date from <paramref name="start"/> to the clock's today (2026-11-02).
    /// </summary>
    public static object PastTerms(Guid? mentorId, string start = "2026-05-04", string end = "2026-10-30") => new
    {
        learningOutcomes = ReviewArrange.Outcomes,
        startDate = start,
        endDate = end,
        hoursPerWeek = 2m,
        studyDays = 1,
        reviewCadenceWeeks = 8,
        firstReviewOn = start,
        curriculumTopics = new[] { "Running a meeting to an agenda" },
        assignmentTopics = new[] { "Redesign the tenant panel agenda" },
        mentorId,
        cost = Cost,
        measureName = "Panel meetings ending on time",
        measureUnit = "%",
        baselineValue = 40m,
        baselineDate = "2026-05-01",
        supportCommitments = new[] { "StudyTime" },
        supportNotes = (string?)null,
    };

    /// <summary>A contract the line manager completes on <paramref name="completedOn"/> (today or earlier), with the review it opened.</summary>
    public static async Task<CompletedContract> CompletedContractAsync(this WblFactory factory, string completedOn, string outcome = "Completed")
    {
        var active = await factory.ActiveContractAsync(mentor => PastTerms(mentor));
        await active.CompleteAsync(completedOn, outcome);
        return new CompletedContract(active, await active.Manager.ContractImpactReviewAsync(active.Contract.Id));
    }

    public static async Task CompleteAsync(this ActiveContract active, string completedOn, string outcome = "Completed")
    {
        var contract = await active.CurrentContractAsync();
        await (await active.Manager.Http.PostAsJsonAsync($"/api/contracts/{contract.Id}/complete", new { completedOn, outcome, contract.Version }))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    public static async Task<ImpactReview> ContractImpactReviewAsync(this ApiClient client, Guid contractId) =>
        await (await client.Http.GetAsync($"/api/contracts/{contractId}/impact-review")).ReadAs<ImpactReview>();

    public static async Task<ImpactReview> ImpactReviewAsync(this ApiClient client, Guid reviewId) =>
        await (await client.Http.GetAsync($"/api/impact-reviews/{reviewId}")).ReadAs<ImpactReview>();

    public static async Task<Page<ImpactReviewSummary>> ImpactReviewsAsync(this ApiClient client, string query = "") =>
        await (await client.Http.GetAsync($"/api/impact-reviews{query}")).ReadAs<Page<ImpactReviewSummary>>();

    public static async Task<HttpResponseMessage> PutImpactAsync(this ApiClient client, ImpactReview review, object? learner = null, object? manager = null, int? version = null) =>
        await client.Http.PutAsJsonAsync($"/api/impact-reviews/{review.Id}", new { version = version ?? review.Version, learner, manager });

    public static async Task<ImpactReview> ShouldGiveReviewAsync(this Task<HttpResponseMessage> response) => await (await response).ReadAs<ImpactReview>();

    /// <summary>
    /// A complete manager's part: both outcomes achieved, transfer 4, the measure up from 40 to 70 %, an estimate of
    /// 80 % attribution at 75 % confidence on an annualised benefit of 50,000 against the contract's 12,000 fees.
    /// </summary>
    public static object ManagerPart(bool record = true, string valueNowOn = "2026-11-01", decimal annualisedBenefit = 50_000m, decimal attributionPercent = 80m,
        decimal confidencePercent = 75m, decimal? fees = Cost, object? outcomes = null) => new
    {
        record,
        outcomes = outcomes ?? new[]
        {
            new { index = 0, achieved = (bool?)true, evidence = "Chaired three panels that finished on time" },
            new { index = 1, achieved = (bool?)true, evidence = "Minutes out within a day, every time" },
        },
        behaviour = new { examples = "Runs the weekly repairs huddle to an agenda", transferRating = 4, barriers = "Cover when the team is short", enablers = "Protected Friday afternoons" },
        results = new { valueNow = 70m, valueNowOn },
        isolation = new { method = "Estimate", attributionPercent, confidencePercent },
        money = new
        {
            benefitPerUnit = 1_666.67m,
            annualisedBenefit,
            fees,
            travel = (decimal?)null,
            materials = (decimal?)null,
            learnerHours = (decimal?)null,
            loadedHourlyRate = (decimal?)null,
            backfill = (decimal?)null,
            managerTime = (decimal?)null,
            intangibles = "Tenants say panels feel better run",
        },
        whatNext = "Coach two colleagues in chairing",
    };

    public static object LearnerPart(int reactionRating = 5, string? reactionComment = "Exactly what I needed for the panel") => new { reactionRating, reactionComment };
}
