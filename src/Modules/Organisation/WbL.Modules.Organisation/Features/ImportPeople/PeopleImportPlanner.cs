using WbL.Modules.Organisation.Access;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.Modules.Organisation.Features.CreatePerson;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.ImportPeople;

internal sealed record ExistingPerson(
    Guid Id, string DisplayName, string Email, string JobTitle, Guid OrgUnitId, Guid? ManagerId, bool Active, int Version, IReadOnlyList<string> Roles);

internal sealed record ExistingUnit(Guid Id, string Name, string Kind, Guid? ParentId);

/// <summary>The organisation as the database holds it, read once for the whole file.</summary>
internal sealed record OrganisationSnapshot(IReadOnlyList<ExistingPerson> People, IReadOnlyList<ExistingUnit> Units);

internal sealed record PlannedUnit(Guid Id, string Name, string Kind, Guid ParentId, string Path);

/// <summary>A person as a valid row leaves them. <see cref="Version"/> is the version read, for the update's concurrency check.</summary>
internal sealed record PlannedPerson(
    int Line, Guid Id, bool IsNew, int Version, string DisplayName, string Email, string JobTitle, Guid OrgUnitId, Guid? ManagerId, bool Active,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Changes)
{
    public bool RolesChanged => Changes.Contains(ImportColumns.Roles);

    public bool Deactivated => !IsNew && !Active && Changes.Contains(ImportColumns.Active);
}

internal sealed record ImportPlan(IReadOnlyList<PlannedUnit> Units, IReadOnlyList<PlannedPerson> Writes, IReadOnlyList<PeopleImportRowResult> Results, IReadOnlyList<string> IgnoredColumns)
{
    public bool HasErrors => Results.Any(result => result.Outcome == PeopleImportOutcomes.Error);

    public PeopleImportResponse ToResponse(bool dryRun, bool applied) => new(
        dryRun,
        applied,
        Results.Count,
        Results.Count(result => result.Outcome == PeopleImportOutcomes.Created),
        Results.Count(result => result.Outcome == PeopleImportOutcomes.Updated),
        Results.Count(result => result.Outcome == PeopleImportOutcomes.Unchanged),
        Results.Count(result => result.Outcome == PeopleImportOutcomes.Error),
        Units.Select(unit => unit.Path).ToList(),
        IgnoredColumns,
        applied ? Results : Results.Select(result => result.Outcome == PeopleImportOutcomes.Created ? result with { PersonId = null } : result).ToList());
}

/// <summary>
/// Works out what each row of a file does against a snapshot of the organisation, with the rules an admin meets when adding
/// or editing one person: valid fields, e-mail unique, an active manager (in the database or anywhere in the file), no loop
/// in the reporting line. Pure: it reads nothing and writes nothing, so a dry run and the apply plan alike.
/// </summary>
internal static class PeopleImportPlanner
{
    public const int MaxPathDepth = 10;

    private static readonly char[] RoleSeparators = [';', ',', '|'];

    private static readonly PersonFieldsValidator FieldsValidator = new();

    public static ImportPlan Plan(ImportFile file, OrganisationSnapshot snapshot, Guid actorId)
    {
        var existingByEmail = snapshot.People.ToDictionary(person => Emails.Normalize(person.Email), StringComparer.Ordinal);
        var existingById = snapshot.People.ToDictionary(person => person.Id);
        var units = new UnitTree(snapshot.Units);

        // First pass: each row on its own — fields, org unit, active flag, roles; and who the row's person is.
        var drafts = new List<Draft>(file.Rows.Count);
        var firstLineOfEmail = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var draft = new Draft(row);
            drafts.Add(draft);
            var normalized = Emails.Normalize(row.Email);
            existingByEmail.TryGetValue(normalized, out var existing);
            draft.Existing = existing;
            draft.Id = existing?.Id ?? Guid.NewGuid();

            draft.DisplayName = file.Has(ImportColumns.DisplayName) && row.DisplayName is { Length: > 0 }
                ? row.DisplayName
                : string.Join(' ', new[] { row.FirstName, row.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
            draft.JobTitle = file.Has(ImportColumns.JobTitle) ? row.JobTitle ?? "" : existing?.JobTitle ?? "";
            draft.Active = file.Has(ImportColumns.Active) ? ParseActive(row.Active, draft) : existing?.Active ?? true;
            draft.Roles = file.Has(ImportColumns.Roles) ? ParseRoles(row.Roles) : existing?.Roles ?? [];

            var orgUnitId = units.Resolve(row.OrgUnit, out var unitError);
            if (unitError is not null)
            {
                draft.Fail(ImportColumns.OrgUnit, unitError);
            }
            draft.OrgUnitId = orgUnitId ?? Guid.Empty;

            foreach (var failure in FieldsValidator.Validate(new Fields(draft.DisplayName, row.Email, draft.JobTitle, orgUnitId ?? Guid.NewGuid(), draft.Roles)).Errors)
            {
                draft.Fail(FieldOf(failure.PropertyName, file), failure.ErrorMessage);
            }

            if (row.Email.Length > 0)
            {
                if (firstLineOfEmail.TryGetValue(normalized, out var first))
                {
                    draft.Fail(ImportColumns.Email, $"This e-mail address is also on line {first.Row.Line}; each person appears once in a file.");
                }
                else
                {
                    firstLineOfEmail[normalized] = draft;
                }
            }

            if (draft.Id == actorId)
            {
                if (!draft.Active)
                {
                    draft.Fail(ImportColumns.Active, "You cannot deactivate your own account.");
                }
                if (!draft.Roles.Contains(Roles.Admin))
                {
                    draft.Fail(ImportColumns.Roles, "You cannot take the Admin role from your own account.");
                }
            }
        }

        // Second pass: managers, who may be anywhere in the file (after their reports too) or already in the database.
        foreach (var draft in drafts)
        {
            draft.ManagerId = ResolveManager(draft, file, firstLineOfEmail, existingByEmail);
        }

        // The reporting line as it would stand after the import: the file's rows over the database.
        var managerOf = snapshot.People.ToDictionary(person => person.Id, person => person.ManagerId);
        foreach (var draft in drafts.Where(draft => firstLineOfEmail.GetValueOrDefault(Emails.Normalize(draft.Row.Email)) == draft))
        {
            managerOf[draft.Id] = draft.ManagerId;
        }
        var nameOf = drafts.GroupBy(draft => draft.Id).ToDictionary(group => group.Key, group => group.First().DisplayName);
        foreach (var draft in drafts.Where(draft => draft.ManagerId is not null))
        {
            if (ReachesSelf(draft.Id, draft.ManagerId!.Value, managerOf))
            {
                var manager = nameOf.GetValueOrDefault(draft.ManagerId.Value) ?? existingById.GetValueOrDefault(draft.ManagerId.Value)?.DisplayName ?? "the manager";
                draft.Fail(ImportColumns.ManagerEmail,
                    $"This would make a loop in the reporting line: {manager} already reports to {draft.DisplayName}, directly or further down.");
            }
        }

        var results = new List<PeopleImportRowResult>(drafts.Count);
        var writes = new List<PlannedPerson>();
        foreach (var draft in drafts)
        {
            if (draft.Errors.Count > 0)
            {
                results.Add(new PeopleImportRowResult(draft.Row.Line, draft.Row.Email, draft.DisplayName, PeopleImportOutcomes.Error, null, [], draft.Errors));
                continue;
            }
            var changes = draft.Existing is { } existing ? ChangesOf(existing, draft) : [];
            var outcome = draft.Existing is null ? PeopleImportOutcomes.Created : changes.Count > 0 ? PeopleImportOutcomes.Updated : PeopleImportOutcomes.Unchanged;
            results.Add(new PeopleImportRowResult(draft.Row.Line, draft.Row.Email, draft.DisplayName, outcome, draft.Id, changes, []));
            if (outcome != PeopleImportOutcomes.Unchanged)
            {
                writes.Add(new PlannedPerson(draft.Row.Line, draft.Id, draft.Existing is null, draft.Existing?.Version ?? 0, draft.DisplayName, draft.Row.Email,
                    draft.JobTitle, draft.OrgUnitId, draft.ManagerId, draft.Active, draft.Roles, changes));
            }
        }

        // Only the units a valid row needs are created.
        var needed = writes.Select(write => write.OrgUnitId).ToHashSet();
        return new ImportPlan(units.NewUnitsFor(needed), writes, results, file.IgnoredColumns);
    }

    private static Guid? ResolveManager(Draft draft, ImportFile file, Dictionary<string, Draft> fileByEmail, Dictionary<string, ExistingPerson> existingByEmail)
    {
        if (!file.Has(ImportColumns.ManagerEmail))
        {
            return draft.Existing?.ManagerId;
        }
        var managerEmail = draft.Row.ManagerEmail ?? "";
        if (managerEmail.Length == 0)
        {
            return null;
        }
        var normalized = Emails.Normalize(managerEmail);
        if (normalized == Emails.Normalize(draft.Row.Email))
        {
            draft.Fail(ImportColumns.ManagerEmail, "A person cannot be their own manager.");
            return null;
        }
        if (fileByEmail.TryGetValue(normalized, out var inFile))
        {
            if (!inFile.Active)
            {
                draft.Fail(ImportColumns.ManagerEmail, $"{managerEmail} is marked inactive on line {inFile.Row.Line}; choose an active manager.");
                return null;
            }
            return inFile.Id;
        }
        if (existingByEmail.TryGetValue(normalized, out var existing))
        {
            if (!existing.Active)
            {
                draft.Fail(ImportColumns.ManagerEmail, $"{managerEmail} is no longer active; choose an active manager.");
                return null;
            }
            return existing.Id;
        }
        draft.Fail(ImportColumns.ManagerEmail, $"Nobody with the e-mail address {managerEmail} is in WbL or in this file.");
        return null;
    }

    private static bool ReachesSelf(Guid personId, Guid managerId, Dictionary<Guid, Guid?> managerOf)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = managerId; current is { } id; current = managerOf.GetValueOrDefault(id))
        {
            if (id == personId)
            {
                return true;
            }
            if (!seen.Add(id))
            {
                // A loop above that does not pass through this person is reported on the rows that make it.
                return false;
            }
        }
        return false;
    }

    private static List<string> ChangesOf(ExistingPerson existing, Draft draft)
    {
        var changes = new List<string>();
        if (existing.DisplayName != draft.DisplayName)
        {
            changes.Add(ImportColumns.DisplayName);
        }
        if (existing.Email != draft.Row.Email)
        {
            changes.Add(ImportColumns.Email);
        }
        if (existing.JobTitle != draft.JobTitle)
        {
            changes.Add(ImportColumns.JobTitle);
        }
        if (existing.OrgUnitId != draft.OrgUnitId)
        {
            changes.Add(ImportColumns.OrgUnit);
        }
        if (existing.ManagerId != draft.ManagerId)
        {
            changes.Add(ImportColumns.ManagerEmail);
        }
        if (!existing.Roles.Order(StringComparer.Ordinal).SequenceEqual(draft.Roles.Order(StringComparer.Ordinal)))
        {
            changes.Add(ImportColumns.Roles);
        }
        if (existing.Active != draft.Active)
        {
            changes.Add(ImportColumns.Active);
        }
        return changes;
    }

    private static bool ParseActive(string? value, Draft draft)
    {
        switch ((value ?? "").Trim().ToLowerInvariant())
        {
            case "" or "true" or "yes" or "y" or "1" or "active":
                return true;
            case "false" or "no" or "n" or "0" or "inactive":
                return false;
            default:
                draft.Fail(ImportColumns.Active, $"'{value}' is not yes or no: write true or false (blank means active).");
                return true;
        }
    }

    /// <summary>Role names as an admin grants them, matched regardless of case; anything else is left for the validator to refuse.</summary>
    private static List<string> ParseRoles(string? value) =>
        (value ?? "").Split(RoleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(role => Roles.Grantable.FirstOrDefault(grantable => grantable.Equals(role, StringComparison.OrdinalIgnoreCase)) ?? role)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string FieldOf(string propertyName, ImportFile file) => propertyName switch
    {
        nameof(IPersonFields.DisplayName) => file.Has(ImportColumns.DisplayName) ? ImportColumns.DisplayName : ImportColumns.LastName,
        nameof(IPersonFields.Email) => ImportColumns.Email,
        nameof(IPersonFields.JobTitle) => ImportColumns.JobTitle,
        _ when propertyName.StartsWith(nameof(IPersonFields.Roles), StringComparison.Ordinal) => ImportColumns.Roles,
        _ => ImportColumns.OrgUnit,
    };

    private sealed class Draft(ImportRow row)
    {
        public ImportRow Row { get; } = row;
        public ExistingPerson? Existing { get; set; }
        public Guid Id { get; set; }
        public string DisplayName { get; set; } = "";
        public string JobTitle { get; set; } = "";
        public Guid OrgUnitId { get; set; }
        public Guid? ManagerId { get; set; }
        public bool Active { get; set; } = true;
        public IReadOnlyList<string> Roles { get; set; } = [];
        public List<PeopleImportFieldError> Errors { get; } = [];

        public void Fail(string field, string message)
        {
            if (!Errors.Any(error => error.Field == field && error.Message == message))
            {
                Errors.Add(new PeopleImportFieldError(field, message));
            }
        }
    }

    private sealed record Fields(string DisplayName, string Email, string? JobTitle, Guid OrgUnitId, IReadOnlyList<string> Roles) : IPersonFields
    {
        public string? Password => null;
    }

    /// <summary>
    /// The org-unit tree with the units the file adds. A path starts with the organisation's name; a missing unit under the
    /// organisation is a department, a missing unit further down is a team.
    /// </summary>
    private sealed class UnitTree(IReadOnlyList<ExistingUnit> existing)
    {
        private readonly ILookup<Guid?, ExistingUnit> _children = existing.ToLookup(unit => unit.ParentId);

        private readonly Dictionary<(Guid Parent, string Name), PlannedUnit> _added = [];

        private readonly List<PlannedUnit> _order = [];

        private readonly Dictionary<Guid, string> _kinds = existing.ToDictionary(unit => unit.Id, unit => unit.Kind);

        public Guid? Resolve(string path, out string? error)
        {
            error = null;
            var segments = path.Split('/', StringSplitOptions.TrimEntries);
            if (path.Trim().Length == 0)
            {
                error = "Give the person's org unit as a path from the organisation, e.g. \"Our organisation/Operations/Repairs\".";
                return null;
            }
            if (segments.Any(segment => segment.Length == 0))
            {
                error = $"\"{path}\" has an empty part; separate unit names with a single /.";
                return null;
            }
            if (segments.Length > MaxPathDepth)
            {
                error = $"A path may have at most {MaxPathDepth} levels.";
                return null;
            }
            if (segments.Any(segment => segment.Length > OrgUnitFieldsValidator.NameMaxLength))
            {
                error = $"A unit name may be at most {OrgUnitFieldsValidator.NameMaxLength} characters.";
                return null;
            }

            var organisations = _children[null].Where(unit => unit.Kind == OrgUnitKinds.Organisation && SameName(unit.Name, segments[0])).ToList();
            if (organisations.Count != 1)
            {
                var known = _children[null].Where(unit => unit.Kind == OrgUnitKinds.Organisation).Select(unit => $"\"{unit.Name}\"").Take(3);
                error = organisations.Count == 0
                    ? $"\"{segments[0]}\" is not an organisation in WbL; a path starts with the organisation's name ({string.Join(", ", known)})."
                    : $"More than one organisation is called \"{segments[0]}\".";
                return null;
            }

            var current = organisations[0].Id;
            var currentPath = organisations[0].Name;
            for (var depth = 1; depth < segments.Length; depth++)
            {
                var name = segments[depth];
                var matches = _children[current].Where(unit => SameName(unit.Name, name)).ToList();
                if (matches.Count > 1)
                {
                    error = $"More than one unit under {currentPath} is called \"{name}\".";
                    return null;
                }
                if (matches.Count == 1)
                {
                    current = matches[0].Id;
                    currentPath += "/" + matches[0].Name;
                    continue;
                }
                var key = (current, name.ToUpperInvariant());
                if (!_added.TryGetValue(key, out var added))
                {
                    var kind = _kinds[current] == OrgUnitKinds.Organisation ? OrgUnitKinds.Department : OrgUnitKinds.Team;
                    added = new PlannedUnit(Guid.NewGuid(), name, kind, current, currentPath + "/" + name);
                    _added[key] = added;
                    _kinds[added.Id] = kind;
                    _order.Add(added);
                }
                current = added.Id;
                currentPath = added.Path;
            }
            return current;
        }

        /// <summary>The new units on the way to any of the given units, parents first.</summary>
        public List<PlannedUnit> NewUnitsFor(IReadOnlySet<Guid> used)
        {
            var parentOf = _order.ToDictionary(unit => unit.Id, unit => unit.ParentId);
            var keep = new HashSet<Guid>();
            foreach (var id in used)
            {
                for (var current = id; parentOf.TryGetValue(current, out var parent) && keep.Add(current); current = parent)
                {
                }
            }
            return _order.Where(unit => keep.Contains(unit.Id)).ToList();
        }

        private static bool SameName(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
