using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ImpactReviews.Access;

/// <summary>
/// An impact review is the learner's record: the learner writes the reaction, the line manager the rest,
/// managers above, HR and Admin read. The contract's mentor may read it too.
/// </summary>
internal sealed class ImpactReviewSubjects(IDbSession session, ILearnerContracts contracts) : IRecordSubjects
{
    private const string OwnerSql = "SELECT learner_id, contract_id FROM ir_reviews WHERE id = @Id";

    public string RecordType => RecordTypes.ImpactReview;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<OwnerRow>(new CommandDefinition(OwnerSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        if (owner is null)
        {
            return null;
        }
        var contract = await contracts.FindAsync(owner.ContractId, cancellationToken);
        return new RecordSubject(owner.LearnerId, Confidential: false, contract?.InForce?.MentorId is { } mentor ? [mentor] : null);
    }

    private sealed class OwnerRow
    {
        public Guid LearnerId { get; init; }
        public Guid ContractId { get; init; }
    }
}
