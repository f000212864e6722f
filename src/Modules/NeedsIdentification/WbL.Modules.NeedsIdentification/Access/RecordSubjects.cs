using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification.Access;

/// <summary>Whose development need this is; a private aspiration is confidential to the learner and their manager.</summary>
internal sealed class DevelopmentNeedSubjects(IDbSession session) : IRecordSubjects
{
    private const string SubjectSql = "SELECT learner_id, is_private FROM ni_development_needs WHERE id = @Id";

    public string RecordType => RecordTypes.DevelopmentNeed;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SubjectSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        return row is null ? null : new RecordSubject(row.LearnerId, row.IsPrivate);
    }

    private sealed class Row
    {
        public Guid LearnerId { get; init; }
        public bool IsPrivate { get; init; }
    }
}

/// <summary>Whose 1:1 discussion this is.</summary>
internal sealed class DiscussionSubjects(IDbSession session) : IRecordSubjects
{
    private const string SubjectSql = "SELECT learner_id FROM ni_discussions WHERE id = @Id";

    public string RecordType => RecordTypes.Discussion;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var learner = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(SubjectSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        return learner is { } id ? new RecordSubject(id, Confidential: false) : null;
    }
}
