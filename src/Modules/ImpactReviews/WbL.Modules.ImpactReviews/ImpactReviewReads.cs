using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ImpactReviews;

/// <summary>Reaction (Kirkpatrick level 1): the learner's own rating of the learning's relevance and value, 1–5, and their comment.</summary>
public sealed record ImpactReactionResponse(int? Rating, string? Comment, Guid? WrittenBy, string? WrittenByName, DateTimeOffset? WrittenAt);

/// <summary>Learning (level 2): one contract outcome, achieved or not (null until the manager says), with the evidence.</summary>
public sealed record ImpactOutcomeResponse(int Index, string Outcome, bool? Achieved, string? Evidence);

/// <summary>Behaviour (level 3): how the learning is applied at work, how far it transferred (1–5), what got in the way and what helped.</summary>
public sealed record ImpactBehaviourResponse(string? Examples, int? TransferRating, string? Barriers, string? Enablers);

/// <summary>
/// Results (level 4): the contract's business measure with its baseline, pre-filled from the contract's terms,
/// and its value now with the date it was measured; <c>change</c> is value now − baseline.
/// </summary>
public sealed record ImpactResultsResponse(
    string MeasureName, string MeasureUnit, decimal BaselineValue, DateOnly BaselineDate, decimal? ValueNow, DateOnly? ValueNowOn, decimal? Change);

/// <summary>Isolation (Phillips): how the learning's share of the change was found, that share as a percentage, and the confidence in it.</summary>
public sealed record ImpactIsolationResponse(string? Method, decimal? AttributionPercent, decimal? ConfidencePercent);

/// <summary>
/// Money as the manager entered it: the benefit per unit of the measure, the annualised benefit, the fully loaded
/// costs (fees are pre-filled from the contract's cost) and the intangibles, listed rather than monetised.
/// </summary>
public sealed record ImpactMoneyResponse(
    decimal? BenefitPerUnit,
    decimal? AnnualisedBenefit,
    decimal? Fees,
    decimal? Travel,
    decimal? Materials,
    decimal? LearnerHours,
    decimal? LoadedHourlyRate,
    decimal? Backfill,
    decimal? ManagerTime,
    string? Intangibles);

/// <summary>
/// What the server works out, never typed in: the adjusted benefit (annualised × attribution % × confidence %),
/// the learner's time (hours × loaded rate), total costs, ROI % and the benefit-cost ratio. ROI and BCR are null
/// with <c>roiUndefinedReason</c> when there are no costs, or no benefit to set against them yet.
/// </summary>
public sealed record ImpactFiguresResponse(
    decimal? AdjustedBenefit, decimal LearnerTimeCost, decimal TotalCosts, decimal? RoiPercent, decimal? BenefitCostRatio, string? RoiUndefinedReason);

/// <summary>
/// What the caller may do now, so that a client never offers what the server would refuse: the learner writes
/// the reaction; the line manager writes the rest, records it once the window has opened, and starts a second phase once.
/// </summary>
public sealed record ImpactReviewPermissionsResponse(bool WriteLearnerPart, bool WriteManagerPart, bool Record, bool StartSecondPhase);

/// <summary>
/// An impact review. <c>status</c> is Pending before <c>windowOpensOn</c> (one month after the learning finished),
/// Due up to and including <c>windowClosesOn</c> (three months after), Overdue after it, Completed once recorded;
/// <c>late</c> says it was recorded after the window closed.
/// </summary>
public sealed record ImpactReviewResponse(
    Guid Id,
    Guid ContractId,
    Guid NeedId,
    string NeedTitle,
    string SolutionDescription,
    Guid LearnerId,
    string LearnerName,
    Guid ManagerId,
    string ManagerName,
    Guid? MentorId,
    string? MentorName,
    DateOnly LearningCompletedOn,
    DateOnly WindowOpensOn,
    DateOnly WindowClosesOn,
    string Status,
    bool Late,
    DateTimeOffset? CompletedAt,
    Guid? CompletedBy,
    string? CompletedByName,
    ImpactReactionResponse Reaction,
    IReadOnlyList<ImpactOutcomeResponse> Outcomes,
    ImpactBehaviourResponse Behaviour,
    ImpactResultsResponse Results,
    ImpactIsolationResponse Isolation,
    ImpactMoneyResponse Money,
    ImpactFiguresResponse Figures,
    string? WhatNext,
    Guid? FollowOnNeedId,
    string? FollowOnNeedTitle,
    Guid? ManagerPartBy,
    DateTimeOffset? ManagerPartAt,
    ImpactReviewPermissionsResponse Can,
    int Version);

/// <summary>One impact review in a list: whose, which learning, its window and status, and the headline figures.</summary>
public sealed record ImpactReviewSummaryResponse(
    Guid Id,
    Guid ContractId,
    string NeedTitle,
    string SolutionDescription,
    Guid LearnerId,
    string LearnerName,
    Guid ManagerId,
    string ManagerName,
    DateOnly LearningCompletedOn,
    DateOnly WindowOpensOn,
    DateOnly WindowClosesOn,
    string Status,
    bool Late,
    DateTimeOffset? CompletedAt,
    bool ReactionWritten,
    decimal? RoiPercent,
    decimal? BenefitCostRatio,
    Guid? FollowOnNeedId,
    int Version);

/// <summary>Reads impact reviews and builds what the API answers.</summary>
internal sealed class ImpactReviewReads(
    IDbSession session, ILearnerContracts contracts, IDevelopmentNeeds needs, IOrganisationDirectory directory, RequestAccess access, TimeProvider clock)
{
    public const string SelectColumns = """
        SELECT id, contract_id, need_id, learner_id, manager_id, need_title, solution_description, learning_completed_on, window_opens_on,
               window_closes_on, status, reaction_rating, reaction_comment, learner_part_by, learner_part_at, behaviour_examples,
               transfer_rating, barriers, enablers, measure_name, measure_unit, baseline_value, baseline_date, value_now, value_now_on,
               isolation_method, attribution_percent, confidence_percent, benefit_per_unit, annualised_benefit, fees, travel, materials,
               learner_hours, loaded_hourly_rate, backfill, manager_time, intangibles, what_next, roi_percent, benefit_cost_ratio,
               manager_part_by, manager_part_at, completed_at, completed_by, late, follow_on_need_id, version
        FROM ir_reviews
        """;

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    private const string ByContractSql = SelectColumns + " WHERE contract_id = @ContractId";

    private const string OutcomesSql = "SELECT outcome_index, outcome, achieved, evidence FROM ir_review_outcomes WHERE review_id = @ReviewId ORDER BY outcome_index";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Row?> FindRowAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<Row?> FindRowByContractAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByContractSql, new { ContractId = contractId }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<OutcomeRow>> OutcomesAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<OutcomeRow>(new CommandDefinition(OutcomesSql, new { ReviewId = reviewId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<ImpactReviewResponse?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await FindRowAsync(id, cancellationToken) is { } row ? await ToResponseAsync(row, cancellationToken) : null;

    public async Task<ImpactReviewResponse> ToResponseAsync(Row row, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(row.ContractId, cancellationToken);
        var mentorId = contract?.InForce?.MentorId;
        var outcomes = await OutcomesAsync(row.Id, cancellationToken);
        var followOn = row.FollowOnNeedId is { } followOnId ? await needs.FindAsync(followOnId, cancellationToken) : null;
        var people = await directory.FindPeopleAsync(
            new[] { row.LearnerId, row.ManagerId }
                .Concat(new[] { mentorId, row.LearnerPartBy, row.CompletedBy }.OfType<Guid>())
                .Distinct().ToList(),
            cancellationToken);
        string Name(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";

        var today = Today;
        var open = row.Status == StoredStatuses.Open;
        var figures = Figures(row);
        return new ImpactReviewResponse(
            row.Id, row.ContractId, row.NeedId, row.NeedTitle, row.SolutionDescription,
            row.LearnerId, Name(row.LearnerId), row.ManagerId, Name(row.ManagerId), mentorId, mentorId is { } mentor ? Name(mentor) : null,
            row.LearningCompletedOn, row.WindowOpensOn, row.WindowClosesOn, StatusOf(row, today), row.Late,
            row.CompletedAt, row.CompletedBy, row.CompletedBy is { } by ? Name(by) : null,
            new ImpactReactionResponse(row.ReactionRating, row.ReactionComment, row.LearnerPartBy, row.LearnerPartBy is { } writer ? Name(writer) : null, row.LearnerPartAt),
            outcomes.Select(outcome => new ImpactOutcomeResponse(outcome.OutcomeIndex, outcome.Outcome, outcome.Achieved, outcome.Evidence)).ToList(),
            new ImpactBehaviourResponse(row.BehaviourExamples, row.TransferRating, row.Barriers, row.Enablers),
            new ImpactResultsResponse(row.MeasureName, row.MeasureUnit, row.BaselineValue, row.BaselineDate, row.ValueNow, row.ValueNowOn,
                row.ValueNow is { } now ? now - row.BaselineValue : null),
            new ImpactIsolationResponse(row.IsolationMethod, row.AttributionPercent, row.ConfidencePercent),
            new ImpactMoneyResponse(row.BenefitPerUnit, row.AnnualisedBenefit, row.Fees, row.Travel, row.Materials, row.LearnerHours,
                row.LoadedHourlyRate, row.Backfill, row.ManagerTime, row.Intangibles),
            new ImpactFiguresResponse(figures.AdjustedBenefit, figures.LearnerTimeCost, figures.TotalCosts, figures.RoiPercent, figures.BenefitCostRatio, figures.RoiUndefinedReason),
            row.WhatNext, row.FollowOnNeedId, followOn?.Title, row.ManagerPartBy, row.ManagerPartAt,
            new ImpactReviewPermissionsResponse(
                WriteLearnerPart: open && access.IsOwner,
                WriteManagerPart: open && access.IsManager,
                Record: open && access.IsManager && today >= row.WindowOpensOn,
                StartSecondPhase: access.IsManager && row.FollowOnNeedId is null),
            row.Version);
    }

    public async Task<IReadOnlyList<ImpactReviewSummaryResponse>> ToSummariesAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var people = await directory.FindPeopleAsync(rows.SelectMany(row => new[] { row.LearnerId, row.ManagerId }).Distinct().ToList(), cancellationToken);
        string Name(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";
        var today = Today;
        return rows.Select(row => new ImpactReviewSummaryResponse(
            row.Id, row.ContractId, row.NeedTitle, row.SolutionDescription, row.LearnerId, Name(row.LearnerId), row.ManagerId, Name(row.ManagerId),
            row.LearningCompletedOn, row.WindowOpensOn, row.WindowClosesOn, StatusOf(row, today), row.Late, row.CompletedAt,
            row.LearnerPartBy is not null, row.RoiPercent, row.BenefitCostRatio, row.FollowOnNeedId, row.Version)).ToList();
    }

    public static string StatusOf(Row row, DateOnly today) =>
        ImpactWindow.StatusOn(today, row.WindowOpensOn, row.WindowClosesOn, row.Status == StoredStatuses.Completed);

    /// <summary>Worked out again from what is stored, so a response can never show figures that disagree with the inputs beside them.</summary>
    public static RoiFigures Figures(Row row) =>
        RoiCalculation.Calculate(row.AnnualisedBenefit, row.AttributionPercent, row.ConfidencePercent,
            new CostItems(row.Fees, row.Travel, row.Materials, row.LearnerHours, row.LoadedHourlyRate, row.Backfill, row.ManagerTime));

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid ManagerId { get; init; }
        public string NeedTitle { get; init; } = "";
        public string SolutionDescription { get; init; } = "";
        public DateOnly LearningCompletedOn { get; init; }
        public DateOnly WindowOpensOn { get; init; }
        public DateOnly WindowClosesOn { get; init; }
        public string Status { get; init; } = "";
        public int? ReactionRating { get; init; }
        public string? ReactionComment { get; init; }
        public Guid? LearnerPartBy { get; init; }
        public DateTimeOffset? LearnerPartAt { get; init; }
        public string? BehaviourExamples { get; init; }
        public int? TransferRating { get; init; }
        public string? Barriers { get; init; }
        public string? Enablers { get; init; }
        public string MeasureName { get; init; } = "";
        public string MeasureUnit { get; init; } = "";
        public decimal BaselineValue { get; init; }
        public DateOnly BaselineDate { get; init; }
        public decimal? ValueNow { get; init; }
        public DateOnly? ValueNowOn { get; init; }
        public string? IsolationMethod { get; init; }
        public decimal? AttributionPercent { get; init; }
        public decimal? ConfidencePercent { get; init; }
        public decimal? BenefitPerUnit { get; init; }
        public decimal? AnnualisedBenefit { get; init; }
        public decimal? Fees { get; init; }
        public decimal? Travel { get; init; }
        public decimal? Materials { get; init; }
        public decimal? LearnerHours { get; init; }
        public decimal? LoadedHourlyRate { get; init; }
        public decimal? Backfill { get; init; }
        public decimal? ManagerTime { get; init; }
        public string? Intangibles { get; init; }
        public string? WhatNext { get; init; }
        public decimal? RoiPercent { get; init; }
        public decimal? BenefitCostRatio { get; init; }
        public Guid? ManagerPartBy { get; init; }
        public DateTimeOffset? ManagerPartAt { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
        public Guid? CompletedBy { get; init; }
        public bool Late { get; init; }
        public Guid? FollowOnNeedId { get; init; }
        public int Version { get; init; }
    }

    internal sealed class OutcomeRow
    {
        public int OutcomeIndex { get; init; }
        public string Outcome { get; init; } = "";
        public bool? Achieved { get; init; }
        public string? Evidence { get; init; }
    }
}
