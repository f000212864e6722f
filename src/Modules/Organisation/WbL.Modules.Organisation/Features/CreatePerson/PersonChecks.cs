using Dapper;
using WbL.Modules.Organisation.Access;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.CreatePerson;

/// <summary>Rules that need the database, shared by creating and editing a person.</summary>
internal static class PersonChecks
{
    private const string ActivePersonExistsSql = "SELECT COUNT(1) FROM org_people WHERE id = @Id AND active = 1";

    private const string InsertRoleSql = "INSERT INTO org_person_roles (person_id, role) VALUES (@PersonId, @Role)";

    private const string DeleteRolesSql = "DELETE FROM org_person_roles WHERE person_id = @PersonId";

    public static async Task EnsureValidAsync(IDbSession session, Guid personId, IPersonFields person, Guid? managerId, CancellationToken cancellationToken)
    {
        if (await OrgUnits.FindAsync(session, person.OrgUnitId, cancellationToken) is null)
        {
            throw Validation.Fail("orgUnitId", "The org unit does not exist.");
        }
        if (await People.EmailTakenAsync(session, person.Email, personId, cancellationToken))
        {
            throw Validation.Fail("email", "Someone already has this e-mail address.");
        }
        if (managerId is null)
        {
            return;
        }
        if (managerId == personId)
        {
            throw Validation.Fail("managerId", "A person cannot be their own manager.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var managerExists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            ActivePersonExistsSql, new { Id = managerId }, session.Transaction, cancellationToken: cancellationToken));
        if (managerExists == 0)
        {
            throw Validation.Fail("managerId", "The manager does not exist or is no longer active.");
        }
        var aboveManager = await ReportingLine.ManagersAboveAsync(session, managerId.Value, cancellationToken);
        if (aboveManager.Contains(personId))
        {
            throw Validation.Fail("managerId", "This would make a loop in the reporting line: the manager already reports to this person.");
        }
    }

    public static async Task ReplaceRolesAsync(IDbSession session, Guid personId, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteRolesSql, new { PersonId = personId }, session.Transaction, cancellationToken: cancellationToken));
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertRoleSql, new { PersonId = personId, Role = role }, session.Transaction, cancellationToken: cancellationToken));
        }
    }
}
