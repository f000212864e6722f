using Dapper;
using WbL.Modules.LearnerContracts.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ProgressReviews.Access;

/// <summary>
/// Reviews, ideas and evidence files are the learner's records; the contract's mentor may read them too.
/// </summary>
internal abstract class ContractRecordSubjects(IDbSession session, ILearnerContracts contracts) : IRecordSubjects
{
    public abstract string RecordType { get; }

    /// <summary>Selects <c>learner_id</c> and <c>contract_id</c> of the record with id <c>@Id</c>.</summary>
    protected abstract string OwnerSql { get; }

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

internal sealed class ProgressReviewSubjects(IDbSession session, ILearnerContracts contracts) : ContractRecordSubjects(session, contracts)
{
    private const string Sql = "SELECT learner_id, contract_id FROM pr_reviews WHERE id = @Id";

    public override string RecordType => RecordTypes.ProgressReview;

    protected override string OwnerSql => Sql;
}

internal sealed class IdeaSubjects(IDbSession session, ILearnerContracts contracts) : ContractRecordSubjects(session, contracts)
{
    private const string Sql = "SELECT learner_id, contract_id FROM pr_ideas WHERE id = @Id";

    public override string RecordType => RecordTypes.Idea;

    protected override string OwnerSql => Sql;
}

internal sealed class EvidenceFileSubjects(IDbSession session, ILearnerContracts contracts) : ContractRecordSubjects(session, contracts)
{
    private const string Sql = """
        SELECT r.learner_id, r.contract_id
        FROM pr_evidence_files f INNER JOIN pr_reviews r ON r.id = f.review_id
        WHERE f.id = @Id
        """;

    public override string RecordType => RecordTypes.EvidenceFile;

    protected override string OwnerSql => Sql;
}
