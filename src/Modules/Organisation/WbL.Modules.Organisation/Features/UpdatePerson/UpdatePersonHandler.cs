using Dapper;
using Mediator;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.UpdatePerson;

internal sealed class UpdatePersonHandler(IDbSession session, ISqlDialect dialect, TimeProvider clock, PasswordHashing passwords)
    : ICommandHandler<UpdatePersonCommand, PersonResponse>
{
    private const string UpdateSql = """
        UPDATE org_people
        SET display_name = @DisplayName, email = @Email, email_normalized = @EmailNormalized, job_title = @JobTitle,
            org_unit_id = @OrgUnitId, manager_id = @ManagerId, active = @Active,
            password_hash = COALESCE(@PasswordHash, password_hash),
            version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    // Deactivating someone, or resetting their password, ends every session they have.
    private const string RevokeSessionsSql = "UPDATE org_sessions SET revoked_at = @Now WHERE person_id = @Id AND revoked_at IS NULL";

    public async ValueTask<PersonResponse> Handle(UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var current = await People.FindAsync(session, dialect, command.Id, cancellationToken) ?? throw new NotFoundException("Person", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Person");
        }
        await PersonChecks.EnsureValidAsync(session, command.Id, command, command.ManagerId, cancellationToken);

        var now = clock.GetUtcNow();
        var newPassword = !string.IsNullOrEmpty(command.Password);
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            DisplayName = command.DisplayName.Trim(),
            Email = command.Email.Trim(),
            EmailNormalized = Emails.Normalize(command.Email),
            JobTitle = command.JobTitle?.Trim() ?? "",
            command.OrgUnitId,
            command.ManagerId,
            command.Active,
            PasswordHash = newPassword ? passwords.Hash(command.Password!) : null,
            command.Version,
            Now = now,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Person");
        }
        await PersonChecks.ReplaceRolesAsync(session, command.Id, command.Roles, cancellationToken);
        if (!command.Active || newPassword)
        {
            await connection.ExecuteAsync(new CommandDefinition(RevokeSessionsSql, new { command.Id, Now = now }, session.Transaction, cancellationToken: cancellationToken));
        }
        return await People.FindAsync(session, dialect, command.Id, cancellationToken) ?? throw new NotFoundException("Person", command.Id);
    }
}
