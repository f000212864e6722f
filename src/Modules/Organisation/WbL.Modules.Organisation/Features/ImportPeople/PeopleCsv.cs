using System.Text;
using CsvHelper;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>The columns an import understands, by the names (and common HRIS aliases) a header may give them.</summary>
internal static class ImportColumns
{
    public const string Email = "email";
    public const string DisplayName = "displayName";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string JobTitle = "jobTitle";
    public const string OrgUnit = "orgUnit";
    public const string ManagerEmail = "managerEmail";
    public const string Roles = "roles";
    public const string Active = "active";

    // Matched after lower-casing and dropping spaces, dashes and underscores: "Manager E-mail" and "manager_email" both mean managerEmail.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["email"] = Email, ["emailaddress"] = Email, ["workemail"] = Email,
        ["displayname"] = DisplayName, ["name"] = DisplayName, ["fullname"] = DisplayName,
        ["firstname"] = FirstName, ["givenname"] = FirstName,
        ["lastname"] = LastName, ["surname"] = LastName, ["familyname"] = LastName,
        ["jobtitle"] = JobTitle, ["title"] = JobTitle,
        ["orgunit"] = OrgUnit, ["orgunitpath"] = OrgUnit, ["unit"] = OrgUnit,
        ["manageremail"] = ManagerEmail, ["manager"] = ManagerEmail,
        ["roles"] = Roles, ["role"] = Roles,
        ["active"] = Active, ["isactive"] = Active,
    };

    public static string? Canonical(string header)
    {
        var key = new string(header.Where(character => character is not (' ' or '-' or '_' or '\t')).ToArray()).ToLowerInvariant();
        return Aliases.GetValueOrDefault(key);
    }
}

/// <summary>One data record of the file as written, with the line of the file it starts on. Null means the column is absent.</summary>
internal sealed record ImportRow(
    int Line,
    string Email,
    string? DisplayName,
    string? FirstName,
    string? LastName,
    string? JobTitle,
    string OrgUnit,
    string? ManagerEmail,
    string? Roles,
    string? Active);

internal sealed record ImportFile(IReadOnlySet<string> Columns, IReadOnlyList<string> IgnoredColumns, IReadOnlyList<ImportRow> Rows)
{
    public bool Has(string column) => Columns.Contains(column);
}

/// <summary>Reads an HRIS export: UTF-8 text (a byte order mark is fine), comma, semicolon or tab separated, a header row first.</summary>
internal static class PeopleCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string FileField = "file";

    public static ImportFile Parse(byte[] content, int maxRows)
    {
        EnsureText(content);
        using var reader = CsvReader.Create(content, new CsvReaderOptions
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false,
        });

        var headers = reader.Headers;
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw Validation.Fail(FileField, "The file is empty: the first line must name the columns (email, displayName, orgUnit, …).");
        }
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (var index = 0; index < headers.Count; index++)
        {
            var header = headers[index].Trim();
            if (ImportColumns.Canonical(header) is { } column)
            {
                if (!indexes.TryAdd(column, index))
                {
                    throw Validation.Fail(FileField, $"The column {column} appears twice in the header.");
                }
            }
            else if (header.Length > 0)
            {
                ignored.Add(header);
            }
        }
        var missing = new List<string>();
        if (!indexes.ContainsKey(ImportColumns.Email))
        {
            missing.Add(ImportColumns.Email);
        }
        if (!indexes.ContainsKey(ImportColumns.DisplayName) && !(indexes.ContainsKey(ImportColumns.FirstName) && indexes.ContainsKey(ImportColumns.LastName)))
        {
            missing.Add($"{ImportColumns.DisplayName} (or {ImportColumns.FirstName} and {ImportColumns.LastName})");
        }
        if (!indexes.ContainsKey(ImportColumns.OrgUnit))
        {
            missing.Add(ImportColumns.OrgUnit);
        }
        if (missing.Count > 0)
        {
            throw Validation.Fail(FileField,
                $"The header is missing {string.Join(", ", missing)}. It has: {string.Join(", ", headers.Select(header => header.Trim()).Where(header => header.Length > 0))}.");
        }

        var rows = new List<ImportRow>();
        while (reader.Read())
        {
            if (rows.Count == maxRows)
            {
                throw Validation.Fail(FileField, $"A file may hold at most {maxRows:N0} people; split it and import each part.");
            }
            string? Cell(string column) => indexes.TryGetValue(column, out var index) ? (index < reader.FieldCount ? reader.GetString(index).Trim() : "") : null;
            rows.Add(new ImportRow(
                (int)reader.LineNumber,
                Cell(ImportColumns.Email)!,
                Cell(ImportColumns.DisplayName),
                Cell(ImportColumns.FirstName),
                Cell(ImportColumns.LastName),
                Cell(ImportColumns.JobTitle),
                Cell(ImportColumns.OrgUnit)!,
                Cell(ImportColumns.ManagerEmail),
                Cell(ImportColumns.Roles),
                Cell(ImportColumns.Active)));
        }
        if (rows.Count == 0)
        {
            throw Validation.Fail(FileField, "The file has a header but no people.");
        }
        return new ImportFile(indexes.Keys.ToHashSet(StringComparer.Ordinal), ignored, rows);
    }

    /// <summary>A spreadsheet or any other binary file must be refused before it is read as text.</summary>
    private static void EnsureText(byte[] content)
    {
        var start = content.AsSpan();
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }
        if (start.IndexOf((byte)0) >= 0)
        {
            throw Validation.Fail(FileField, "This is not a CSV file. Save the export as 'CSV UTF-8 (comma delimited)' and choose that file.");
        }
        try
        {
            StrictUtf8.GetCharCount(start);
        }
        catch (DecoderFallbackException)
        {
            throw Validation.Fail(FileField, "The file is not UTF-8 text. Save the export as 'CSV UTF-8 (comma delimited)' and choose that file.");
        }
    }
}
