using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection.Access;

/// <summary>An option belongs to its need's learner, and is as confidential as the need.</summary>
internal sealed class SolutionOptionSubjects(IDbSession session, IDevelopmentNeeds needs) : IRecordSubjects
{
    private const string NeedOfOptionSql = "SELECT need_id FROM ss_options WHERE id = @Id";

    public string RecordType => RecordTypes.SolutionOption;

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var needId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(NeedOfOptionSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        var need = needId is { } id ? await needs.FindAsync(id, cancellationToken) : null;
        return need is null ? null : new RecordSubject(need.LearnerId, need.IsPrivate);
    }
}
