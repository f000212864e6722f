using Dapper;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Access;

/// <summary>
/// Who may see whose development records: the person themselves; their line manager (who
/// manages them); managers further up the line, HR and Admin (read only). Everyone else: nothing.
/// The reporting line is read live, so a new manager gains access and the old one loses it at once.
/// </summary>
internal sealed class ReportingLineAccessPolicy(IDbSession session) : IPersonAccessPolicy
{
    private const string ViewerSql = """
        SELECT r.role
        FROM org_people p
        LEFT JOIN org_person_roles r ON r.person_id = p.id
        WHERE p.id = @ViewerId AND p.active = 1
        """;

    private const string SubjectExistsSql = "SELECT COUNT(1) FROM org_people WHERE id = @SubjectId";

    public async ValueTask<PersonAccess> GetAccessAsync(Guid viewerId, Guid subjectPersonId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            SubjectExistsSql, new { SubjectId = subjectPersonId }, session.Transaction, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return PersonAccess.None;
        }
        if (viewerId == subjectPersonId)
        {
            return PersonAccess.Own;
        }

        var managers = await ReportingLine.ManagersAboveAsync(session, subjectPersonId, cancellationToken);
        if (managers.Count > 0 && managers[0] == viewerId)
        {
            return PersonAccess.Manage;
        }
        if (managers.Contains(viewerId))
        {
            return PersonAccess.Read;
        }

        var viewerRoles = (await connection.QueryAsync<string?>(new CommandDefinition(
            ViewerSql, new { ViewerId = viewerId }, session.Transaction, cancellationToken: cancellationToken))).ToList();
        return viewerRoles.Contains(Roles.HR) || viewerRoles.Contains(Roles.Admin) ? PersonAccess.Read : PersonAccess.None;
    }
}
