using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Access;

/// <summary>A person's own record (name, unit, manager, roles) is about that person: they read its audit trail.</summary>
internal sealed class PersonSubjects(IDbSession session) : IRecordSubjects
{
    private const string ExistsSql = "SELECT COUNT(1) FROM org_people WHERE id = @Id";

    public string RecordType => "Person";

    public async ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var found = await connection.ExecuteScalarAsync<int>(new CommandDefinition(ExistsSql, new { Id = recordId }, session.Transaction, cancellationToken: cancellationToken));
        return found > 0 ? new RecordSubject(recordId, Confidential: false) : null;
    }
}
