using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection.Access;

/// <summary>An advice request is about a learner's need; private aspirations are never sent to HR, so none is confidential.</summary>
internal sealed class AdviceRequestSubjects(IDbSession session) : IRecordSubjects
{
    private const string LearnerSql = "SELECT learner_id FROM ss_advice_requests WHERE id = @Id";

    public string RecordType => RecordTypes.AdviceRequest;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var learner = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(LearnerSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        return learner is { } id ? new RecordSubject(id, Confidential: false) : null;
    }
}
