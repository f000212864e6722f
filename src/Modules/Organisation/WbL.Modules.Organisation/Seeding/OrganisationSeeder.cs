using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using WbL.Modules.Organisation.Auth;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Seeding;

internal sealed class OrganisationSeeder(
    IDbConnectionFactory connections,
    IConfiguration configuration,
    PasswordHashing passwords,
    TimeProvider clock,
    ILogger<OrganisationSeeder> logger)
{
    private const string CountUnitsSql = "SELECT COUNT(1) FROM org_units";
    private const string CountAdminsSql = "SELECT COUNT(1) FROM org_person_roles WHERE role = 'Admin'";
    private const string RootUnitSql = "SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY created_at, id";
    private const string EmailTakenSql = "SELECT COUNT(1) FROM org_people WHERE email_normalized = @EmailNormalized";

    private const string InsertUnitSql = """
        INSERT INTO org_units (id, name, kind, parent_id, version, created_at, updated_at)
        VALUES (@Id, @Name, @Kind, @ParentId, 1, @Now, @Now)
        """;

    private const string InsertPersonSql = """
        INSERT INTO org_people (id, display_name, email, email_normalized, job_title, org_unit_id, manager_id, active, password_hash, version, created_at, updated_at)
        VALUES (@Id, @DisplayName, @Email, @EmailNormalized, @JobTitle, @OrgUnitId, @ManagerId, 1, @PasswordHash, 1, @Now, @Now)
        """;

    private const string InsertRoleSql = "INSERT INTO org_person_roles (person_id, role) VALUES (@PersonId, @Role)";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new Writer(connection, transaction, clock.GetUtcNow(), cancellationToken);

        if (configuration.GetValue("Wbl:SeedDemoData", false)
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountUnitsSql, transaction: transaction, cancellationToken: cancellationToken)) == 0)
        {
            await DemoOrganisation.WriteAsync(writer, passwords.Hash(DemoOrganisation.Password));
            logger.LogInformation("Seeded the demo organisation; sign in as {Email}", DemoOrganisation.AdminEmail);
        }

        var adminEmail = configuration["Wbl:BootstrapAdmin:Email"];
        var adminPassword = configuration["Wbl:BootstrapAdmin:Password"];
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrEmpty(adminPassword)
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountAdminsSql, transaction: transaction, cancellationToken: cancellationToken)) == 0)
        {
            await CreateBootstrapAdminAsync(writer, adminEmail.Trim(), adminPassword);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateBootstrapAdminAsync(Writer writer, string email, string password)
    {
        if (password.Length < PasswordHashing.MinimumLength)
        {
            throw new InvalidOperationException($"Wbl:BootstrapAdmin:Password needs at least {PasswordHashing.MinimumLength} characters.");
        }
        if (await writer.ScalarAsync(EmailTakenSql, new { EmailNormalized = Emails.Normalize(email) }) > 0)
        {
            logger.LogWarning("Bootstrap admin {Email} already exists as a person without the Admin role; grant it in the app", email);
            return;
        }
        var rootId = await writer.Connection.QueryFirstOrDefaultAsync<Guid?>(new CommandDefinition(RootUnitSql, transaction: writer.Transaction, cancellationToken: writer.CancellationToken));
        if (rootId is null)
        {
            rootId = await writer.UnitAsync(configuration["Wbl:OrganisationName"] ?? "Our organisation", OrgUnitKinds.Organisation, null);
        }
        await writer.PersonAsync("Administrator", email, "System administrator", rootId.Value, null, passwords.Hash(password), Roles.Admin);
        logger.LogInformation("Created the bootstrap admin {Email}", email);
    }

    internal sealed class Writer(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        public System.Data.Common.DbConnection Connection => connection;
        public System.Data.Common.DbTransaction Transaction => transaction;
        public CancellationToken CancellationToken => cancellationToken;

        public Task<long> ScalarAsync(string sql, object parameters) =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        public async Task<Guid> UnitAsync(string name, string kind, Guid? parentId)
        {
            var id = Guid.NewGuid();
            await connection.ExecuteAsync(new CommandDefinition(InsertUnitSql,
                new { Id = id, Name = name, Kind = kind, ParentId = parentId, Now = now }, transaction, cancellationToken: cancellationToken));
            return id;
        }

        public async Task<Guid> PersonAsync(string name, string email, string jobTitle, Guid unitId, Guid? managerId, string? passwordHash, params string[] roles)
        {
            var id = Guid.NewGuid();
            await connection.ExecuteAsync(new CommandDefinition(InsertPersonSql, new
            {
                Id = id,
                DisplayName = name,
                Email = email,
                EmailNormalized = Emails.Normalize(email),
                JobTitle = jobTitle,
                OrgUnitId = unitId,
                ManagerId = managerId,
                PasswordHash = passwordHash,
                Now = now,
            }, transaction, cancellationToken: cancellationToken));
            foreach (var role in roles)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertRoleSql, new { PersonId = id, Role = role }, transaction, cancellationToken: cancellationToken));
            }
            return id;
        }
    }
}
