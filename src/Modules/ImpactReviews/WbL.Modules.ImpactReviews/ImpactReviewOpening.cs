using Dapper;
using Mediator;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ImpactReviews;

/// <summary>
/// Opens the impact review of a completed contract: one per contract, whatever the number of events.
/// It works from the contract's current state (ADR 6), and takes from the terms in force what the review
/// compares against: the learning outcomes, the business measure with its baseline, and the cost as the
/// first of the fully loaded costs. A completed contract's terms no longer change, so they are copied. The opening is
/// audited under the event's name, with no actor.
/// </summary>
internal sealed class ImpactReviewOpening(IDbSession session, ILearnerContracts contracts, IDevelopmentNeeds needs, IAuditTrail audit, TimeProvider clock)
{
    private const string ExistsSql = "SELECT COUNT(1) FROM ir_reviews WHERE contract_id = @ContractId";

    private const string InsertSql = """
        INSERT INTO ir_reviews (id, contract_id, need_id, learner_id, manager_id, need_title, solution_description, learning_completed_on,
            window_opens_on, window_closes_on, status, measure_name, measure_unit, baseline_value, baseline_date, fees,
            total_costs, late, version, created_at, updated_at)
        VALUES (@Id, @ContractId, @NeedId, @LearnerId, @ManagerId, @NeedTitle, @SolutionDescription, @LearningCompletedOn,
            @WindowOpensOn, @WindowClosesOn, 'Open', @MeasureName, @MeasureUnit, @BaselineValue, @BaselineDate, @Fees,
            @TotalCosts, 0, 1, @Now, @Now)
        """;

    private const string InsertOutcomeSql = """
        INSERT INTO ir_review_outcomes (review_id, outcome_index, outcome, achieved, evidence)
        VALUES (@ReviewId, @OutcomeIndex, @Outcome, NULL, NULL)
        """;

    /// <returns>Whether a review was opened (false when the contract is not completed or already has one).</returns>
    public async Task<bool> OpenAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(contractId, cancellationToken);
        if (contract is not { Status: ContractStatus.Completed, CompletedOn: { } completedOn, InForce: { } terms })
        {
            return false;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(ExistsSql, new { ContractId = contractId }, session.Transaction, cancellationToken: cancellationToken)) > 0)
        {
            return false;
        }
        var need = await needs.FindAsync(contract.NeedId, cancellationToken);
        var id = Guid.CreateVersion7();
        var figures = RoiCalculation.Calculate(null, null, null, new CostItems(terms.Cost, null, null, null, null, null, null));
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            ContractId = contract.Id,
            contract.NeedId,
            contract.LearnerId,
            contract.ManagerId,
            NeedTitle = need?.Title ?? contract.SolutionDescription,
            contract.SolutionDescription,
            LearningCompletedOn = completedOn,
            WindowOpensOn = ImpactWindow.OpensOn(completedOn),
            WindowClosesOn = ImpactWindow.ClosesOn(completedOn),
            terms.MeasureName,
            terms.MeasureUnit,
            terms.BaselineValue,
            terms.BaselineDate,
            Fees = terms.Cost,
            figures.TotalCosts,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        var outcomes = terms.LearningOutcomes.Select((outcome, index) => new { ReviewId = id, OutcomeIndex = index, Outcome = outcome }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertOutcomeSql, outcomes, session.Transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditEntry(null, nameof(ContractCompleted), AuditedRecord.TypeOf(typeof(ImpactReviewResponse)), id, contract.LearnerId,
            AuditChanges.Of(new
            {
                ContractId = contract.Id,
                LearningCompletedOn = completedOn,
                WindowOpensOn = ImpactWindow.OpensOn(completedOn),
                WindowClosesOn = ImpactWindow.ClosesOn(completedOn),
            })), cancellationToken);
        return true;
    }
}

/// <summary>A completed contract gets its impact review; the other contract events need nothing here.</summary>
internal sealed class ContractCompletedHandler(ImpactReviewOpening opening) : INotificationHandler<ContractCompleted>
{
    public async ValueTask Handle(ContractCompleted notification, CancellationToken cancellationToken) =>
        await opening.OpenAsync(notification.ContractId, cancellationToken);
}
