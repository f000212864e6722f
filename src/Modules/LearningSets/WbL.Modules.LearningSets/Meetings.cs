using System.Text.Json;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets;

/// <summary>What one member brought to a meeting, what the set asked, the action they commit to and their account of the last one.</summary>
public sealed record PresentationEntry(
    Guid MemberId,
    string Problem,
    string Background,
    string Approach,
    string QuestionsAsked,
    string CommittedAction,
    string AccountOfLastAction);

/// <summary>The air time a member was given at the start of the meeting.</summary>
public sealed record AirTimeEntry(Guid MemberId, int Minutes);

/// <summary>An agenda item: the member gives an account of the action they committed to last time and its result.</summary>
public sealed record AgendaItem(Guid MemberId, string MemberName, string CommittedAction);

public sealed record MeetingResponse(
    Guid Id,
    Guid SetId,
    DateOnly HeldOn,
    string Mode,
    Guid CoordinatorId,
    string CoordinatorName,
    IReadOnlyList<Guid> Attendance,
    IReadOnlyList<AirTimeEntry> AirTimeMinutes,
    IReadOnlyList<PresentationEntry> Presentations,
    string MainPoints,
    IReadOnlyList<AgendaItem> Agenda,
    bool CanManage,
    int Version);

/// <summary>A set's meetings, oldest first, and the member suggested to coordinate the next one.</summary>
public sealed record SetMeetingsResponse(IReadOnlyList<MeetingResponse> Meetings, Guid? SuggestedCoordinatorId);

internal static class MeetingModes
{
    public const string InPerson = "InPerson";
    public const string Phone = "Phone";
    public const string Video = "Video";

    public static readonly IReadOnlyList<string> All = [InPerson, Phone, Video];
}

/// <summary>
/// The coordinator rotates: the member who has coordinated least is suggested; among equals the one who coordinated
/// longest ago (never before anyone), then by name.
/// </summary>
internal static class CoordinatorRotation
{
    public sealed record Member(Guid Id, string Name);

    public sealed record Coordinated(Guid CoordinatorId, DateOnly HeldOn);

    public static Guid? Suggest(IReadOnlyList<Member> members, IReadOnlyList<Coordinated> meetings) =>
        members
            .Select(member =>
            {
                var theirs = meetings.Where(meeting => meeting.CoordinatorId == member.Id).ToList();
                return (member, Count: theirs.Count, Last: theirs.Count == 0 ? DateOnly.MinValue : theirs.Max(meeting => meeting.HeldOn));
            })
            .OrderBy(candidate => candidate.Count)
            .ThenBy(candidate => candidate.Last)
            .ThenBy(candidate => candidate.member.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(candidate => candidate.member.Id)
            .Select(candidate => (Guid?)candidate.member.Id)
            .FirstOrDefault();
}

/// <summary>
/// Reads meetings with their set's access rule (<see cref="SetReads"/>): whoever reads the set reads its meetings; to anyone
/// else a meeting does not exist (404).
/// </summary>
internal sealed class MeetingReads(IDbSession session, SetReads sets, IOrganisationDirectory directory, ICurrentUser currentUser)
{
    private const string SelectColumns =
        "SELECT id, set_id, held_on, mode, coordinator_id, attendance, air_time, presentations, main_points, agenda, version, created_at FROM als_meetings";

    private const string BySetSql = SelectColumns + " WHERE set_id = @SetId ORDER BY held_on, created_at, id";

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<MeetingRow>> OfSetAsync(Guid setId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<MeetingRow>(new CommandDefinition(BySetSql, new { SetId = setId }, session.Transaction, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The meeting and its set when the caller reads the set; otherwise 404.</summary>
    public async Task<(MeetingRow Meeting, SetReads.SetRow Set, IReadOnlyList<Guid> Members)> ReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var meeting = await connection.QuerySingleOrDefaultAsync<MeetingRow>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        if (meeting is null)
        {
            throw new NotFoundException("Meeting", id);
        }
        try
        {
            var (set, members) = await sets.ReadableAsync(meeting.SetId, cancellationToken);
            return (meeting, set, members);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Meeting", id);
        }
    }

    public async Task<MeetingResponse> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var (meeting, set, _) = await ReadableAsync(id, cancellationToken);
        return (await ToResponsesAsync(set, [meeting], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<MeetingResponse>> ToResponsesAsync(SetReads.SetRow set, IReadOnlyList<MeetingRow> meetings, CancellationToken cancellationToken)
    {
        var people = await directory.FindPeopleAsync(meetings.Select(meeting => meeting.CoordinatorId).Distinct().ToList(), cancellationToken);
        var canManage = sets.CanManage(set);
        return meetings.Select(meeting => new MeetingResponse(
            meeting.Id,
            meeting.SetId,
            meeting.HeldOn,
            meeting.Mode,
            meeting.CoordinatorId,
            people.TryGetValue(meeting.CoordinatorId, out var coordinator) ? coordinator.DisplayName : "(unknown)",
            meeting.AttendanceList(),
            meeting.AirTimeList(),
            meeting.PresentationList(),
            meeting.MainPoints,
            meeting.AgendaList(),
            canManage || meeting.CoordinatorId == currentUser.PersonId,
            meeting.Version)).ToList();
    }

    internal sealed class MeetingRow
    {
        public Guid Id { get; init; }
        public Guid SetId { get; init; }
        public DateOnly HeldOn { get; init; }
        public string Mode { get; init; } = "";
        public Guid CoordinatorId { get; init; }
        public string Attendance { get; init; } = "[]";
        public string AirTime { get; init; } = "[]";
        public string Presentations { get; init; } = "[]";
        public string MainPoints { get; init; } = "";
        public string Agenda { get; init; } = "[]";
        public int Version { get; init; }
        public DateTimeOffset CreatedAt { get; init; }

        public IReadOnlyList<Guid> AttendanceList() => JsonSerializer.Deserialize<List<Guid>>(Attendance, Json) ?? [];

        public IReadOnlyList<AirTimeEntry> AirTimeList() => JsonSerializer.Deserialize<List<AirTimeEntry>>(AirTime, Json) ?? [];

        public IReadOnlyList<PresentationEntry> PresentationList() => JsonSerializer.Deserialize<List<PresentationEntry>>(Presentations, Json) ?? [];

        public IReadOnlyList<AgendaItem> AgendaList() => JsonSerializer.Deserialize<List<AgendaItem>>(Agenda, Json) ?? [];
    }
}
