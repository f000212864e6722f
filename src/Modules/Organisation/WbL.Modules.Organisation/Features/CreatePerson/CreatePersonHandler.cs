using Dapper;
using Mediator;
using WbL.Modules.Organisation.Auth;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.CreatePerson;

internal sealed class CreatePersonHandler(IDbSession session, ISqlDialect dialect, TimeProvider clock, PasswordHashing passwords)
    : ICommandHandler<CreatePersonCommand, PersonResponse>
{
    private const string InsertSql = """
        INSERT INTO org_people (id, display_name, email, email_normalized, job_title, org_unit_id, manager_id, active, password_hash, version, created_at, updated_at)
        VALUES (@Id, @DisplayName, @Email, @EmailNormalized, @JobTitle, @OrgUnitId, @ManagerId, @Active, @PasswordHash, 1, @Now, @Now)
        """;

    public async ValueTask<PersonResponse> Handle(CreatePersonCommand command, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await PersonChecks.EnsureValidAsync(session, id, command, command.ManagerId, cancellationToken);
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            DisplayName = command.DisplayName.Trim(),
            Email = command.Email.Trim(),
            EmailNormalized = Emails.Normalize(command.Email),
            JobTitle = command.JobTitle?.Trim() ?? "",
            command.OrgUnitId,
            command.ManagerId,
            command.Active,
            PasswordHash = string.IsNullOrEmpty(command.Password) ? null : passwords.Hash(command.Password),
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        await PersonChecks.ReplaceRolesAsync(session, id, command.Roles, cancellationToken);
        return await People.FindAsync(session, dialect, id, cancellationToken) ?? throw new NotFoundException("Person", id);
    }
}
