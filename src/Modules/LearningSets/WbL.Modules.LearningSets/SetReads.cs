using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets;

/// <summary>A person as a set shows them.</summary>
public sealed record SetPersonResponse(Guid Id, string Name, string JobTitle);

public sealed record LearningSetResponse(
    Guid Id,
    string Name,
    string Purpose,
    string MeetingCadence,
    string Status,
    SetPersonResponse Facilitator,
    IReadOnlyList<SetPersonResponse> Members,
    IReadOnlyList<string> Warnings,
    bool CanManage,
    int Version);

/// <summary>
/// Reads sets and decides who sees them. Sets are not one person's development record, so the
/// reporting-line rule does not apply: HR and Admin see every set, the facilitator the sets they
/// run, a member their own sets; to anyone else a set does not exist (404). The facilitator and
/// HR manage a set.
/// </summary>
internal sealed class SetReads(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ICurrentUser currentUser)
{
    internal const string SelectColumns = "SELECT id, name, purpose, facilitator_id, meeting_cadence, status, version FROM als_sets";

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    private const string MembersSql = "SELECT set_id, person_id FROM als_set_members WHERE set_id IN @Ids";

    public bool SeesAll => currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin);

    public bool CanRead(SetRow set, IReadOnlyCollection<Guid> members) =>
        SeesAll || set.FacilitatorId == currentUser.PersonId || members.Contains(currentUser.PersonId);

    public bool CanManage(SetRow set) => currentUser.IsInRole(Roles.HR) || set.FacilitatorId == currentUser.PersonId;

    /// <summary>The set when the caller may read it; otherwise 404, so that outsiders cannot learn it exists.</summary>
    public async Task<(SetRow Set, IReadOnlyList<Guid> Members)> ReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var set = await connection.QuerySingleOrDefaultAsync<SetRow>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        if (set is null)
        {
            throw new NotFoundException("Learning set", id);
        }
        var members = (await MembersAsync([set.Id], cancellationToken)).GetValueOrDefault(set.Id) ?? [];
        if (!CanRead(set, members))
        {
            throw new NotFoundException("Learning set", id);
        }
        return (set, members);
    }

    /// <summary>The set when the caller manages it: 404 to outsiders, 403 to members who only read it.</summary>
    public async Task<(SetRow Set, IReadOnlyList<Guid> Members)> ManageableAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await ReadableAsync(id, cancellationToken);
        if (!CanManage(found.Set))
        {
            throw new ForbiddenException("Only the set's facilitator or HR manage a learning set.");
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> MembersAsync(IReadOnlyCollection<Guid> setIds, CancellationToken cancellationToken)
    {
        if (setIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Guid>>();
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<MemberRow>(new CommandDefinition(MembersSql, new { Ids = dialect.IdList(setIds) }, session.Transaction, cancellationToken: cancellationToken));
        return rows.GroupBy(row => row.SetId).ToDictionary(group => group.Key, group => (IReadOnlyList<Guid>)group.Select(row => row.PersonId).ToList());
    }

    public async Task<LearningSetResponse> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var (set, _) = await ReadableAsync(id, cancellationToken);
        return (await ToResponsesAsync([set], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<LearningSetResponse>> ToResponsesAsync(IReadOnlyList<SetRow> sets, CancellationToken cancellationToken)
    {
        var members = await MembersAsync(sets.Select(set => set.Id).ToList(), cancellationToken);
        var personIds = sets.Select(set => set.FacilitatorId).Concat(members.Values.SelectMany(ids => ids)).Distinct().ToList();
        var people = await directory.FindPeopleAsync(personIds, cancellationToken);
        return sets.Select(set =>
        {
            var setMembers = (members.GetValueOrDefault(set.Id) ?? [])
                .Select(personId => Person(people, personId))
                .OrderBy(person => person.Name, StringComparer.OrdinalIgnoreCase).ThenBy(person => person.Id)
                .ToList();
            return new LearningSetResponse(set.Id, set.Name, set.Purpose, set.MeetingCadence, set.Status, Person(people, set.FacilitatorId),
                setMembers, SetSize.Warnings(setMembers.Count), CanManage(set), set.Version);
        }).ToList();
    }

    private static SetPersonResponse Person(IReadOnlyDictionary<Guid, PersonSummary> people, Guid id) =>
        people.TryGetValue(id, out var person) ? new SetPersonResponse(id, person.DisplayName, person.JobTitle) : new SetPersonResponse(id, "(unknown)", "");

    internal sealed class SetRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Purpose { get; init; } = "";
        public Guid FacilitatorId { get; init; }
        public string MeetingCadence { get; init; } = "";
        public string Status { get; init; } = "";
        public int Version { get; init; }
    }

    private sealed class MemberRow
    {
        public Guid SetId { get; init; }
        public Guid PersonId { get; init; }
    }
}
