using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets;

/// <summary>A person as a set shows them.</summary>
public sealed record SetPersonResponse(Guid Id, string Name, string JobTitle);

/// <summary>
/// A member as a set shows them. <c>OneToOneHeld</c> says whether their one-to-one with the facilitator is recorded; it is
/// null where the caller may not see that member's one-to-one (another member's).
/// </summary>
public sealed record SetMemberResponse(Guid Id, string Name, string JobTitle, bool? OneToOneHeld);

public sealed record LearningSetResponse(
    Guid Id,
    string Name,
    string Purpose,
    string MeetingCadence,
    string Status,
    SetPersonResponse Facilitator,
    IReadOnlyList<SetMemberResponse> Members,
    IReadOnlyList<string> Warnings,
    bool ProgrammeReviewOpened,
    bool CanManage,
    int Version);

/// <summary>
/// Reads sets and decides who sees them. Sets are not one person's development record, so the
/// reporting-line rule does not apply: HR and Admin see every set, the facilitator the sets they
/// run, a member their own sets; to anyone else a set does not exist (404). The facilitator and
/// HR manage a set. A member's one-to-one is about their own development: the facilitator, HR and
/// Admin see every member's, a member only their own.
/// </summary>
internal sealed class SetReads(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ICurrentUser currentUser)
{
    internal const string SelectColumns = "SELECT id, name, purpose, facilitator_id, meeting_cadence, status, version FROM als_sets";

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    private const string MembersSql = "SELECT set_id, person_id FROM als_set_members WHERE set_id IN @Ids";

    private const string OneToOnesHeldSql = "SELECT set_id, member_id AS person_id FROM als_one_to_ones WHERE set_id IN @Ids";

    private const string MetSql = "SELECT DISTINCT set_id FROM als_meetings WHERE set_id IN @Ids";

    private const string ReviewedSql = "SELECT set_id FROM als_programme_reviews WHERE set_id IN @Ids";

    public bool SeesAll => currentUser.IsInRole(Roles.HR) || currentUser.IsInRole(Roles.Admin);

    public bool CanRead(SetRow set, IReadOnlyCollection<Guid> members) =>
        SeesAll || set.FacilitatorId == currentUser.PersonId || members.Contains(currentUser.PersonId);

    public bool CanManage(SetRow set) => currentUser.IsInRole(Roles.HR) || set.FacilitatorId == currentUser.PersonId;

    /// <summary>The facilitator, HR and Admin see every member's one-to-one; a member only their own.</summary>
    public bool SeesEveryOneToOne(SetRow set) => SeesAll || set.FacilitatorId == currentUser.PersonId;

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

    private async Task<IReadOnlyList<T>> ForSetsAsync<T>(string sql, List<Guid> setIds, CancellationToken cancellationToken)
    {
        if (setIds.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<T>(new CommandDefinition(sql, new { Ids = dialect.IdList(setIds) }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<LearningSetResponse> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var (set, _) = await ReadableAsync(id, cancellationToken);
        return (await ToResponsesAsync([set], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<LearningSetResponse>> ToResponsesAsync(IReadOnlyList<SetRow> sets, CancellationToken cancellationToken)
    {
        var setIds = sets.Select(set => set.Id).ToList();
        var members = await MembersAsync(setIds, cancellationToken);
        var oneToOnes = (await ForSetsAsync<MemberRow>(OneToOnesHeldSql, setIds, cancellationToken))
            .GroupBy(row => row.SetId).ToDictionary(group => group.Key, group => group.Select(row => row.PersonId).ToHashSet());
        var met = (await ForSetsAsync<Guid>(MetSql, setIds, cancellationToken)).ToHashSet();
        var reviewed = (await ForSetsAsync<Guid>(ReviewedSql, setIds, cancellationToken)).ToHashSet();
        var personIds = sets.Select(set => set.FacilitatorId).Concat(members.Values.SelectMany(ids => ids)).Distinct().ToList();
        var people = await directory.FindPeopleAsync(personIds, cancellationToken);
        return sets.Select(set =>
        {
            var seesEvery = SeesEveryOneToOne(set);
            var held = oneToOnes.GetValueOrDefault(set.Id) ?? [];
            var setMembers = (members.GetValueOrDefault(set.Id) ?? [])
                .Select(personId => Person(people, personId))
                .Select(person => new SetMemberResponse(person.Id, person.Name, person.JobTitle,
                    seesEvery || person.Id == currentUser.PersonId ? held.Contains(person.Id) : null))
                .OrderBy(person => person.Name, StringComparer.OrdinalIgnoreCase).ThenBy(person => person.Id)
                .ToList();
            var warnings = SetSize.Warnings(setMembers.Count).ToList();
            if (seesEvery && set.Status != SetStatuses.Closed && !met.Contains(set.Id))
            {
                warnings.AddRange(OneToOneWarnings.BeforeFirstMeeting(setMembers.Where(member => !held.Contains(member.Id)).Select(member => member.Name).ToList()));
            }
            return new LearningSetResponse(set.Id, set.Name, set.Purpose, set.MeetingCadence, set.Status, Person(people, set.FacilitatorId),
                setMembers, warnings, reviewed.Contains(set.Id), CanManage(set), set.Version);
        }).ToList();
    }

    internal static SetPersonResponse Person(IReadOnlyDictionary<Guid, PersonSummary> people, Guid id) =>
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
