using Dapper;
using Mediator;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>
/// Reads the file, plans every row against one snapshot of the organisation (three queries, whatever the file's size), and —
/// when applying a file without errors — writes the plan in the command's transaction. A file with any error is refused
/// whole, so that a fixed file can simply be sent again.
/// </summary>
internal sealed class ImportPeopleHandler(IDbSession session, ICurrentUser currentUser, IAuditTrail audit, ImportSettings settings, TimeProvider clock)
    : IQueryHandler<ImportPeopleQuery, PeopleImportResponse>, ICommandHandler<ImportPeopleCommand, PeopleImportResponse>
{
    public const string Action = "ImportPeople";

    /// <summary>Content types a browser or an HRIS sends a CSV file with (Windows often says Excel for .csv).</summary>
    public static readonly IReadOnlyList<string> ContentTypes = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"];

    private const string PeopleSql = "SELECT id, display_name, email, job_title, org_unit_id, manager_id, active, version FROM org_people";

    private const string RolesSql = "SELECT person_id, role FROM org_person_roles";

    private const string UnitsSql = "SELECT id, name, kind, parent_id FROM org_units";

    private const string InsertUnitSql = """
        INSERT INTO org_units (id, name, kind, parent_id, version, created_at, updated_at)
        VALUES (@Id, @Name, @Kind, @ParentId, 1, @Now, @Now)
        """;

    // Managers are set once every new person exists: a report may come before their manager in the file.
    private const string InsertPersonSql = """
        INSERT INTO org_people (id, display_name, email, email_normalized, job_title, org_unit_id, manager_id, active, password_hash, version, created_at, updated_at)
        VALUES (@Id, @DisplayName, @Email, @EmailNormalized, @JobTitle, @OrgUnitId, NULL, @Active, NULL, 1, @Now, @Now)
        """;

    private const string SetNewManagerSql = "UPDATE org_people SET manager_id = @ManagerId WHERE id = @Id AND version = 1";

    private const string UpdatePersonSql = """
        UPDATE org_people
        SET display_name = @DisplayName, email = @Email, email_normalized = @EmailNormalized, job_title = @JobTitle,
            org_unit_id = @OrgUnitId, manager_id = @ManagerId, active = @Active, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    private const string DeleteRolesSql = "DELETE FROM org_person_roles WHERE person_id = @PersonId";

    private const string InsertRoleSql = "INSERT INTO org_person_roles (person_id, role) VALUES (@PersonId, @Role)";

    // As when an admin deactivates someone by hand: their sessions end.
    private const string RevokeSessionsSql = "UPDATE org_sessions SET revoked_at = @Now WHERE person_id = @Id AND revoked_at IS NULL";

    public async ValueTask<PeopleImportResponse> Handle(ImportPeopleQuery query, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(query, cancellationToken);
        return plan.ToResponse(dryRun: true, applied: false);
    }

    public async ValueTask<PeopleImportResponse> Handle(ImportPeopleCommand command, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(command, cancellationToken);
        if (plan.HasErrors)
        {
            throw new PeopleImportRefusedException(plan.ToResponse(dryRun: false, applied: false));
        }
        await WriteAsync(plan, cancellationToken);
        return plan.ToResponse(dryRun: false, applied: true);
    }

    private async Task<ImportPlan> PlanAsync(IImportUpload upload, CancellationToken cancellationToken)
    {
        var content = await ReadBodyAsync(upload, cancellationToken);
        var file = PeopleCsv.Parse(content, settings.MaxRows);
        return PeopleImportPlanner.Plan(file, await SnapshotAsync(cancellationToken), currentUser.PersonId);
    }

    private async Task<byte[]> ReadBodyAsync(IImportUpload upload, CancellationToken cancellationToken)
    {
        var mediaType = upload.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !ContentTypes.Contains(mediaType))
        {
            throw Validation.Fail(PeopleCsv.FileField,
                $"Send the file as CSV: the body is the file itself with Content-Type text/csv{(mediaType is null ? "" : $", not {mediaType}")}.");
        }
        if (upload.Length > settings.MaxFileBytes)
        {
            throw TooLarge(upload.Length.Value);
        }
        // Without a declared length the body is read up to one byte past the limit, never further.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.Content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > settings.MaxFileBytes)
            {
                throw TooLarge(buffer.Length + read);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            throw Validation.Fail(PeopleCsv.FileField, "The file is empty.");
        }
        return buffer.ToArray();
    }

    private PayloadTooLargeException TooLarge(long bytes) =>
        new($"An import file may be at most {ImportSettings.Describe(settings.MaxFileBytes)}; this one is {(bytes > settings.MaxFileBytes + 1 ? ImportSettings.Describe(bytes) : "larger")}. Split it and import each part.");

    private async Task<OrganisationSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var people = await connection.QueryAsync<PersonRow>(new CommandDefinition(PeopleSql, transaction: session.Transaction, cancellationToken: cancellationToken));
        var grants = (await connection.QueryAsync<RoleRow>(new CommandDefinition(RolesSql, transaction: session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(grant => grant.PersonId, grant => grant.Role);
        var units = await connection.QueryAsync<UnitRow>(new CommandDefinition(UnitsSql, transaction: session.Transaction, cancellationToken: cancellationToken));
        return new OrganisationSnapshot(
            people.Select(person => new ExistingPerson(person.Id, person.DisplayName, person.Email, person.JobTitle, person.OrgUnitId, person.ManagerId,
                person.Active, person.Version, grants[person.Id].ToList())).ToList(),
            units.Select(unit => new ExistingUnit(unit.Id, unit.Name, unit.Kind, unit.ParentId)).ToList());
    }

    private async Task WriteAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var actor = currentUser.PersonId;

        foreach (var unit in plan.Units)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertUnitSql,
                new { unit.Id, unit.Name, unit.Kind, unit.ParentId, Now = now }, session.Transaction, cancellationToken: cancellationToken));
            await audit.RecordAsync(new AuditEntry(actor, Action, AuditedRecord.TypeOf(typeof(OrgUnitResponse)), unit.Id, null,
                AuditChanges.Of(new { unit.Name, unit.Kind, unit.ParentId, unit.Path })), cancellationToken);
        }

        foreach (var person in plan.Writes.Where(person => person.IsNew))
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertPersonSql, Values(person, now), session.Transaction, cancellationToken: cancellationToken));
        }
        foreach (var person in plan.Writes)
        {
            var changed = person.IsNew
                ? person.ManagerId is null ? 1 : await connection.ExecuteAsync(new CommandDefinition(SetNewManagerSql,
                    new { person.Id, person.ManagerId }, session.Transaction, cancellationToken: cancellationToken))
                : await connection.ExecuteAsync(new CommandDefinition(UpdatePersonSql, Values(person, now), session.Transaction, cancellationToken: cancellationToken));
            if (changed == 0)
            {
                throw new ConcurrencyConflictException("Person");
            }
            if (person.IsNew || person.RolesChanged)
            {
                await PersonChecks.ReplaceRolesAsync(session, person.Id, person.Roles, cancellationToken);
            }
            if (person.Deactivated)
            {
                await connection.ExecuteAsync(new CommandDefinition(RevokeSessionsSql, new { person.Id, Now = now }, session.Transaction, cancellationToken: cancellationToken));
            }
            await audit.RecordAsync(new AuditEntry(actor, Action, AuditedRecord.PersonType, person.Id, person.Id, AuditChanges.Of(new
            {
                person.Line,
                Outcome = person.IsNew ? PeopleImportOutcomes.Created : PeopleImportOutcomes.Updated,
                person.Changes,
                person.DisplayName,
                person.Email,
                person.JobTitle,
                person.OrgUnitId,
                person.ManagerId,
                person.Roles,
                person.Active,
            })), cancellationToken);
        }
    }

    private static object Values(PlannedPerson person, DateTimeOffset now) => new
    {
        person.Id,
        person.DisplayName,
        person.Email,
        EmailNormalized = Emails.Normalize(person.Email),
        person.JobTitle,
        person.OrgUnitId,
        person.ManagerId,
        person.Active,
        person.Version,
        Now = now,
    };

    private sealed class PersonRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string Email { get; init; } = "";
        public string JobTitle { get; init; } = "";
        public Guid OrgUnitId { get; init; }
        public Guid? ManagerId { get; init; }
        public bool Active { get; init; }
        public int Version { get; init; }
    }

    private sealed class RoleRow
    {
        public Guid PersonId { get; init; }
        public string Role { get; init; } = "";
    }

    private sealed class UnitRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public Guid? ParentId { get; init; }
    }
}

/// <summary>A file with errors is not applied at all; the report says which rows to fix (422).</summary>
internal sealed class PeopleImportRefusedException(PeopleImportResponse report)
    : Exception($"Nothing was imported: {report.Errors} of {report.Rows} rows need attention. Fix them and send the file again.")
{
    public PeopleImportResponse Report { get; } = report;
}
