namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>What an import did, or would do in a dry run: a summary and one result per data row of the file.</summary>
/// <param name="Applied">True only when the rows were written; a dry run and a refused file write nothing.</param>
/// <param name="UnitsCreated">The paths of the departments and teams the import creates, parents first.</param>
/// <param name="IgnoredColumns">Header names the import does not use (an HRIS export has many).</param>
public sealed record PeopleImportResponse(
    bool DryRun,
    bool Applied,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Errors,
    IReadOnlyList<string> UnitsCreated,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<PeopleImportRowResult> Results);

/// <param name="Line">The line of the file the row starts on (the header is line 1).</param>
/// <param name="Outcome">created · updated · unchanged · error.</param>
/// <param name="PersonId">The person the row creates or updates; null for an error or a person a dry run would create.</param>
/// <param name="Changes">For an update, the fields that change.</param>
public sealed record PeopleImportRowResult(
    int Line,
    string Email,
    string DisplayName,
    string Outcome,
    Guid? PersonId,
    IReadOnlyList<string> Changes,
    IReadOnlyList<PeopleImportFieldError> Errors);

/// <param name="Field">The column the error is about (email, displayName, orgUnit, managerEmail, roles, active, jobTitle).</param>
public sealed record PeopleImportFieldError(string Field, string Message);

public static class PeopleImportOutcomes
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string Error = "error";
}
