using System.Globalization;
using System.Text.Json;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Audit;

/// <param name="ActorId">Who made the change; null when the system did (the clock, a contract event) or nobody was signed in.</param>
/// <param name="SubjectPersonId">Whom the record is about, when it is about one person.</param>
/// <param name="Changes">The values the change was made with, as JSON; secrets and file bodies read "[redacted]".</param>
/// <param name="ChangesWithheld">
/// The values hold something confidential (a private aspiration) that only the person it is about may read; for anyone
/// else <paramref name="Changes"/> is null.
/// </param>
/// <param name="CorrelationId">The W3C trace id of the request or background round that made the change, as in the logs.</param>
public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string? ActorName,
    string Action,
    string RecordType,
    Guid? RecordId,
    Guid? SubjectPersonId,
    string? SubjectName,
    JsonElement? Changes,
    bool ChangesWithheld,
    string CorrelationId);

/// <summary>Turns stored entries into responses for the caller: names from the organisation, confidential values withheld.</summary>
internal sealed class AuditEntryReads(IOrganisationDirectory directory, ICurrentUser currentUser)
{
    public const string SelectColumns =
        "SELECT id, occurred_at, actor_person_id, action, record_type, record_id, subject_person_id, changes, confidential, correlation_id FROM aud_entries";

    public bool SeesAll => currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<AuditEntryResponse>> ToResponsesAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var personIds = rows.SelectMany(row => new[] { row.ActorPersonId, row.SubjectPersonId }).OfType<Guid>().Distinct().ToList();
        var people = await directory.FindPeopleAsync(personIds, cancellationToken);
        return rows.Select(row =>
        {
            var withheld = row.Confidential && row.SubjectPersonId != currentUser.PersonId;
            return new AuditEntryResponse(
                row.Id,
                row.OccurredAt,
                row.ActorPersonId,
                NameOf(people, row.ActorPersonId),
                row.Action,
                row.RecordType,
                row.RecordId,
                row.SubjectPersonId,
                NameOf(people, row.SubjectPersonId),
                withheld ? null : JsonDocument.Parse(row.Changes).RootElement.Clone(),
                withheld,
                row.CorrelationId);
        }).ToList();
    }

    private static string? NameOf(IReadOnlyDictionary<Guid, PersonSummary> people, Guid? id) =>
        id is { } personId ? people.TryGetValue(personId, out var person) ? person.DisplayName : "(unknown)" : null;

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public Guid? ActorPersonId { get; init; }
        public string Action { get; init; } = "";
        public string RecordType { get; init; } = "";
        public Guid? RecordId { get; init; }
        public Guid? SubjectPersonId { get; init; }
        public string Changes { get; init; } = "{}";
        public bool Confidential { get; init; }
        public string CorrelationId { get; init; } = "";
    }
}

/// <summary>Keyset position in the newest-first list: the instant and id of the last entry seen.</summary>
internal static class AuditEntryCursor
{
    private const string Format = "O";

    public static KeysetCursor Of(AuditEntryResponse entry) => new(entry.OccurredAt.ToString(Format, CultureInfo.InvariantCulture), entry.Id);

    public static bool TryRead(string? after, out (DateTimeOffset OccurredAt, Guid Id)? position)
    {
        position = null;
        if (KeysetCursor.From(after) is not { } cursor
            || !DateTimeOffset.TryParseExact(cursor.SortKey, Format, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt))
        {
            return false;
        }
        position = (occurredAt, cursor.Id);
        return true;
    }
}
