using System.Globalization;
using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ImpactReviews.Features.UpdateImpactReview;

internal sealed class UpdateImpactReviewHandler(
    IDbSession session, ImpactReviewReads reads, IDevelopmentNeeds needs, RequestAccess access, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateImpactReviewCommand, ImpactReviewResponse>
{
    private const string LearnerPartSql = """
        UPDATE ir_reviews
        SET reaction_rating = @ReactionRating, reaction_comment = @ReactionComment, learner_part_by = @By, learner_part_at = @Now,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version AND status = 'Open'
        """;

    private const string ManagerPartSql = """
        UPDATE ir_reviews
        SET behaviour_examples = @BehaviourExamples, transfer_rating = @TransferRating, barriers = @Barriers, enablers = @Enablers,
            value_now = @ValueNow, value_now_on = @ValueNowOn,
            isolation_method = @IsolationMethod, attribution_percent = @AttributionPercent, confidence_percent = @ConfidencePercent,
            benefit_per_unit = @BenefitPerUnit, annualised_benefit = @AnnualisedBenefit, fees = @Fees, travel = @Travel, materials = @Materials,
            learner_hours = @LearnerHours, loaded_hourly_rate = @LoadedHourlyRate, backfill = @Backfill, manager_time = @ManagerTime,
            intangibles = @Intangibles, what_next = @WhatNext,
            adjusted_benefit = @AdjustedBenefit, total_costs = @TotalCosts, roi_percent = @RoiPercent, benefit_cost_ratio = @BenefitCostRatio,
            manager_part_by = @By, manager_part_at = @Now,
            status = @Status, completed_at = @CompletedAt, completed_by = @CompletedBy, late = @Late,
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version AND status = 'Open'
        """;

    private const string OutcomeSql = "UPDATE ir_review_outcomes SET achieved = @Achieved, evidence = @Evidence WHERE review_id = @ReviewId AND outcome_index = @OutcomeIndex";

    private const string UnassessedSql = "SELECT COUNT(1) FROM ir_review_outcomes WHERE review_id = @ReviewId AND achieved IS NULL";

    public async ValueTask<ImpactReviewResponse> Handle(UpdateImpactReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reads.FindRowAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Impact review", command.Id);
        if (command.Learner is not null && !access.IsOwner)
        {
            throw new ForbiddenException("Only the learner writes their reaction to the learning.");
        }
        if (command.Manager is not null && !access.IsManager)
        {
            throw new ForbiddenException("Only the learner's line manager writes the manager's part and records the impact review.");
        }
        if (review.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Impact review");
        }
        if (review.Status == StoredStatuses.Completed)
        {
            throw new StateConflictException(
                $"This impact review was recorded on {review.CompletedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; it can no longer be changed.");
        }

        if (command.Learner is { } learner)
        {
            await UpdateAsync(LearnerPartSql, new
            {
                review.Id,
                learner.ReactionRating,
                ReactionComment = Clean(learner.ReactionComment),
                By = currentUser.PersonId,
                Now = clock.GetUtcNow(),
                review.Version,
            }, cancellationToken);
        }
        if (command.Manager is { } manager)
        {
            await WriteManagerPartAsync(review, manager, cancellationToken);
        }
        return await reads.FindAsync(review.Id, cancellationToken) ?? throw new NotFoundException("Impact review", review.Id);
    }

    private async Task WriteManagerPartAsync(ImpactReviewReads.Row review, ImpactManagerPartInput manager, CancellationToken cancellationToken)
    {
        var today = reads.Today;
        if (manager.Record && today < review.WindowOpensOn)
        {
            throw new StateConflictException(
                $"The impact review opens on {Day(review.WindowOpensOn)}, one month after the learning finished on {Day(review.LearningCompletedOn)}: "
                + "too early to see the learning applied at work. Save it as a draft until then.");
        }
        var outcomes = await reads.OutcomesAsync(review.Id, cancellationToken);
        var sent = manager.Outcomes ?? [];
        if (sent.FirstOrDefault(outcome => outcome.Index >= outcomes.Count) is { } missing)
        {
            throw Validation.Fail("manager.outcomes", $"This review has {outcomes.Count} learning outcomes; there is no outcome at position {missing.Index}.");
        }
        var results = manager.Results;
        if (results?.ValueNowOn is { } measuredOn && measuredOn < review.BaselineDate)
        {
            throw Validation.Fail("manager.results.valueNowOn", $"The baseline was taken on {Day(review.BaselineDate)}; the value now is measured after it.");
        }

        var behaviour = manager.Behaviour;
        var isolation = manager.Isolation;
        var money = manager.Money;
        var figures = RoiCalculation.Calculate(money?.AnnualisedBenefit, isolation?.AttributionPercent, isolation?.ConfidencePercent,
            new CostItems(money?.Fees, money?.Travel, money?.Materials, money?.LearnerHours, money?.LoadedHourlyRate, money?.Backfill, money?.ManagerTime));
        var now = clock.GetUtcNow();
        var me = currentUser.PersonId;
        await UpdateAsync(ManagerPartSql, new
        {
            review.Id,
            BehaviourExamples = Clean(behaviour?.Examples),
            TransferRating = behaviour?.TransferRating,
            Barriers = Clean(behaviour?.Barriers),
            Enablers = Clean(behaviour?.Enablers),
            ValueNow = results?.ValueNow,
            ValueNowOn = results?.ValueNow is null ? null : results.ValueNowOn,
            IsolationMethod = isolation?.Method,
            AttributionPercent = isolation?.AttributionPercent,
            ConfidencePercent = isolation?.ConfidencePercent,
            BenefitPerUnit = money?.BenefitPerUnit,
            AnnualisedBenefit = money?.AnnualisedBenefit,
            Fees = money?.Fees,
            Travel = money?.Travel,
            Materials = money?.Materials,
            LearnerHours = money?.LearnerHours,
            LoadedHourlyRate = money?.LoadedHourlyRate,
            Backfill = money?.Backfill,
            ManagerTime = money?.ManagerTime,
            Intangibles = Clean(money?.Intangibles),
            WhatNext = Clean(manager.WhatNext),
            figures.AdjustedBenefit,
            figures.TotalCosts,
            figures.RoiPercent,
            figures.BenefitCostRatio,
            By = me,
            Now = now,
            Status = manager.Record ? StoredStatuses.Completed : StoredStatuses.Open,
            CompletedAt = manager.Record ? now : (DateTimeOffset?)null,
            CompletedBy = manager.Record ? me : (Guid?)null,
            Late = manager.Record && ImpactWindow.IsLate(today, review.WindowClosesOn),
            review.Version,
        }, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        foreach (var outcome in sent)
        {
            await connection.ExecuteAsync(new CommandDefinition(OutcomeSql, new
            {
                ReviewId = review.Id,
                OutcomeIndex = outcome.Index,
                outcome.Achieved,
                Evidence = Clean(outcome.Evidence),
            }, session.Transaction, cancellationToken: cancellationToken));
        }

        if (manager.Record)
        {
            // Thrown after the writes: the transaction rolls them back, so nothing is half-recorded.
            if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(UnassessedSql, new { ReviewId = review.Id }, session.Transaction, cancellationToken: cancellationToken)) > 0)
            {
                throw Validation.Fail("manager.outcomes", "Say for every learning outcome whether it was achieved before recording the review.");
            }
            await needs.MarkImpactReviewedAsync(review.NeedId, me, Headline(figures), cancellationToken);
        }
    }

    /// <summary>What the need's history says about the review: the return, or why there is none.</summary>
    private static string Headline(RoiFigures figures) =>
        figures.RoiPercent is { } roi && figures.BenefitCostRatio is { } bcr
            ? string.Create(CultureInfo.InvariantCulture, $"ROI {roi:0.00} %, benefit-cost ratio {bcr:0.00}")
            : figures.RoiUndefinedReason ?? "";

    private async Task UpdateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(sql, parameters, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Impact review");
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
