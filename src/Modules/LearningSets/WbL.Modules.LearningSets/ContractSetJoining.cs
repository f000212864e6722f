using Dapper;
using Mediator;
using Microsoft.Extensions.Logging;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.Modules.SolutionSelection.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearningSets;

/// <summary>
/// A learner whose contract starts on an action learning set option joins the set the option
/// names, unless it has closed meanwhile. It works from the contract's and the option's current
/// state, and joining twice changes nothing, so a repeated or late event is harmless (ADR 6).
/// </summary>
internal sealed class ContractSetJoining(
    IDbSession session, ILearnerContracts contracts, ISolutionChoices choices, TimeProvider clock, ILogger<ContractSetJoining> logger)
{
    private const string SetSql = """
        SELECT s.id, s.facilitator_id, s.status, (SELECT COUNT(1) FROM als_set_members m WHERE m.set_id = s.id) AS member_count
        FROM als_sets s WHERE s.id = @Id
        """;

    private const string JoinSql = """
        INSERT INTO als_set_members (set_id, person_id, joined_at)
        SELECT @SetId, @PersonId, @Now
        WHERE NOT EXISTS (SELECT 1 FROM als_set_members WHERE set_id = @SetId AND person_id = @PersonId)
        """;

    // Whoever holds the set open for editing must reload: its member list changed under them.
    private const string BumpSql = "UPDATE als_sets SET version = version + 1, updated_at = @Now WHERE id = @Id";

    /// <returns>Whether the learner was added (false when there is nothing to join or they already belong).</returns>
    public async Task<bool> JoinAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await contracts.FindAsync(contractId, cancellationToken);
        if (contract is not { Status: ContractStatus.Active })
        {
            return false;
        }
        var chosen = await choices.FindSelectedAsync(contract.NeedId, cancellationToken);
        if (chosen?.LearningSetId is not { } setId)
        {
            return false;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var set = await connection.QuerySingleOrDefaultAsync<SetRow>(new CommandDefinition(SetSql, new { Id = setId }, session.Transaction, cancellationToken: cancellationToken));
        if (set is null || set.Status == SetStatuses.Closed || set.FacilitatorId == contract.LearnerId)
        {
            return false;
        }
        if (set.MemberCount >= SetSize.Limit)
        {
            logger.LogWarning("Learner {LearnerId} of contract {ContractId} did not join learning set {SetId}: it already has {Limit} members",
                contract.LearnerId, contractId, setId, SetSize.Limit);
            return false;
        }
        var now = clock.GetUtcNow();
        var joined = await connection.ExecuteAsync(new CommandDefinition(JoinSql, new { SetId = setId, PersonId = contract.LearnerId, Now = now },
            session.Transaction, cancellationToken: cancellationToken));
        if (joined == 0)
        {
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(BumpSql, new { Id = setId, Now = now }, session.Transaction, cancellationToken: cancellationToken));
        return true;
    }

    private sealed class SetRow
    {
        public Guid Id { get; init; }
        public Guid FacilitatorId { get; init; }
        public string Status { get; init; } = "";
        public int MemberCount { get; init; }
    }
}

/// <summary>Only a contract starting matters here: the option it was agreed on no longer changes after that.</summary>
internal sealed class ContractActivatedHandler(ContractSetJoining joining) : INotificationHandler<ContractActivated>
{
    public async ValueTask Handle(ContractActivated notification, CancellationToken cancellationToken) =>
        await joining.JoinAsync(notification.ContractId, cancellationToken);
}
