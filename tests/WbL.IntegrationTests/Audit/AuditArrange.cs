using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using WbL.IntegrationTests.Infrastructure;
using WbL.SharedKernel.Data;

namespace WbL.IntegrationTests.Audit;

public sealed record AuditEntry(
    Guid Id, DateTimeOffset OccurredAt, Guid? ActorId, string? ActorName, string Action, string RecordType, Guid? RecordId,
    Guid? SubjectPersonId, string? SubjectName, JsonElement? Changes, bool ChangesWithheld, string CorrelationId);

public sealed record AuditPage(AuditEntry[] Items, string? Next);

/// <summary>An entry as the table holds it, read past the API.</summary>
public sealed class StoredAuditEntry
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid? ActorPersonId { get; init; }
    public string Action { get; init; } = "";
    public string RecordType { get; init; } = "";
    public Guid? RecordId { get; init; }
    public Guid? SubjectPersonId { get; init; }
    public string Changes { get; init; } = "";
    public bool Confidential { get; init; }
    public string CorrelationId { get; init; } = "";

    public override string ToString() => $"{Action} {RecordType} {RecordId} by {ActorPersonId?.ToString() ?? "system"} about {SubjectPersonId} [{CorrelationId}]";
}

public static class AuditArrange
{
    private const string SelectSql = """
        SELECT id, occurred_at, actor_person_id, action, record_type, record_id, subject_person_id, changes, confidential, correlation_id
        FROM aud_entries
        """;

    /// <summary>An organisation of the test's own (another may already exist in the class's database), a department and a team.</summary>
    public static async Task<(OrgUnit Organisation, OrgUnit Department, OrgUnit Team)> OwnTreeAsync(this ApiClient admin)
    {
        var organisation = await admin.CreateUnitAsync("Audited Housing", "Organisation", null);
        var department = await admin.CreateUnitAsync("Operations", "Department", organisation.Id);
        return (organisation, department, await admin.CreateUnitAsync("Repairs", "Team", department.Id));
    }

    /// <summary>
    /// Runs the calls with a W3C <c>traceparent</c> header naming a fresh trace, as a caller that traces its requests would;
    /// returns the trace id the entries they cause must carry.
    /// </summary>
    public static async Task<(T Result, string TraceId)> TracedAsync<T>(this ApiClient client, Func<Task<T>> calls)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        client.Http.DefaultRequestHeaders.Remove("traceparent");
        client.Http.DefaultRequestHeaders.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        try
        {
            return (await calls(), traceId);
        }
        finally
        {
            client.Http.DefaultRequestHeaders.Remove("traceparent");
        }
    }

    public static Task<List<StoredAuditEntry>> EntriesOfTraceAsync(this WblFactory factory, string traceId) =>
        factory.StoredEntriesAsync(SelectSql + " WHERE correlation_id = @TraceId ORDER BY occurred_at, id", new { TraceId = traceId });

    public static Task<List<StoredAuditEntry>> EntriesOfRecordAsync(this WblFactory factory, Guid recordId) =>
        factory.StoredEntriesAsync(SelectSql + " WHERE record_id = @RecordId ORDER BY occurred_at, id", new { RecordId = recordId });

    public static async Task<List<StoredAuditEntry>> StoredEntriesAsync(this WblFactory factory, string sql, object parameters)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<StoredAuditEntry>(sql, parameters)).AsList();
    }

    public static async Task<long> CountEntriesAsync(this WblFactory factory)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(1) FROM aud_entries");
    }

    public static async Task<AuditPage> AuditAsync(this ApiClient client, string query = "") =>
        await (await client.Http.GetAsync($"/api/audit{query}")).ReadAs<AuditPage>();

    /// <summary>Asserts the trace left exactly one entry made by a person, and returns it.</summary>
    public static StoredAuditEntry ShouldHaveOneEntry(
        this List<StoredAuditEntry> entries, Guid actorId, string action, string recordType, Guid? recordId, Guid? subjectPersonId)
    {
        var byPeople = entries.Where(entry => entry.ActorPersonId is not null).ToList();
        var entry = Assert.Single(byPeople);
        Assert.Equal(
            (actorId, action, recordType, recordId, subjectPersonId),
            (entry.ActorPersonId!.Value, entry.Action, entry.RecordType, entry.RecordId, entry.SubjectPersonId));
        return entry;
    }
}
