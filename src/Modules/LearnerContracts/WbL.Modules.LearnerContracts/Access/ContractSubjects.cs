using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts.Access;

/// <summary>A contract is the learner's; a mentor named in any of its versions may read it too.</summary>
internal sealed class ContractSubjects(IDbSession session) : IRecordSubjects
{
    private const string LearnerSql = "SELECT learner_id FROM lc_contracts WHERE id = @Id";

    private const string MentorsSql = "SELECT DISTINCT mentor_id FROM lc_contract_versions WHERE contract_id = @Id AND mentor_id IS NOT NULL";

    public string RecordType => RecordTypes.Contract;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var learner = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(LearnerSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        if (learner is not { } learnerId)
        {
            return null;
        }
        var mentors = (await connection.QueryAsync<Guid>(new CommandDefinition(MentorsSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        return new RecordSubject(learnerId, Confidential: false, mentors);
    }
}
