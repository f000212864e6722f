using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.ImpactReviews.Features.UpdateImpactReview;

/// <summary>The learner's part: their reaction to the learning, a rating of its relevance and value (1–5) and a comment.</summary>
public sealed record ImpactLearnerPartInput(int? ReactionRating, string? ReactionComment);

/// <summary>Whether one learning outcome (by its position in the contract, from 0) was achieved, and the evidence.</summary>
public sealed record ImpactOutcomeInput(int Index, bool? Achieved, string? Evidence);

/// <summary>Behaviour at work: examples of the learning applied, how far it transferred (1–5), barriers and enablers.</summary>
public sealed record ImpactBehaviourInput(string? Examples, int? TransferRating, string? Barriers, string? Enablers);

/// <summary>The business measure's value now and the date it was measured (the measure and its baseline come from the contract).</summary>
public sealed record ImpactResultsInput(decimal? ValueNow, DateOnly? ValueNowOn);

/// <summary>How much of the change is the learning's: the method (ControlGroup, TrendLine, Estimate), attribution % and confidence %.</summary>
public sealed record ImpactIsolationInput(string? Method, decimal? AttributionPercent, decimal? ConfidencePercent);

/// <summary>
/// Money: benefit per unit of the measure, annualised benefit, and the fully loaded costs — fees, travel, materials,
/// the learner's hours and loaded hourly rate, backfill, manager time — with intangibles listed, not monetised.
/// Adjusted benefit, total costs, ROI and BCR are never sent: the server works them out.
/// </summary>
public sealed record ImpactMoneyInput(
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
/// The line manager's part, sent whole: a section or field left out is cleared, except outcomes, where only
/// those sent change. <c>Record</c> true records the review (from the day its window opens), which closes it;
/// false saves a draft, at any time.
/// </summary>
public sealed record ImpactManagerPartInput(
    bool Record,
    IReadOnlyList<ImpactOutcomeInput>? Outcomes,
    ImpactBehaviourInput? Behaviour,
    ImpactResultsInput? Results,
    ImpactIsolationInput? Isolation,
    ImpactMoneyInput? Money,
    string? WhatNext);

internal sealed record UpdateImpactReviewCommand(Guid Id, int Version, ImpactLearnerPartInput? Learner, ImpactManagerPartInput? Manager)
    : ICommand<ImpactReviewResponse>, IRequestAboutRecord
{
    public string RecordType => RecordTypes.ImpactReview;

    public Guid RecordId => Id;

    // Each part has its own writer (the learner, the line manager); the handler checks which part was sent.
    public PersonAccess RequiredAccess => PersonAccess.Read;
}
