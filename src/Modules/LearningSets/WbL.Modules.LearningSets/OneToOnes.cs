using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearningSets;

/// <summary>
/// A member's one-to-one with the facilitator before the set first meets: their development project as they describe it,
/// the project reframed into something achievable, when it was held and any notes.
/// </summary>
public sealed record OneToOneResponse(
    Guid SetId,
    SetPersonResponse Member,
    DateOnly HeldOn,
    string DevelopmentProject,
    string ReframedProject,
    string Notes,
    SetPersonResponse RecordedBy,
    DateTimeOffset RecordedAt,
    bool CanManage,
    int Version);

/// <summary>A member and their one-to-one, null while none is recorded.</summary>
public sealed record MemberOneToOneResponse(SetPersonResponse Member, OneToOneResponse? OneToOne);

/// <summary>The one-to-ones the caller may see: every member's for the facilitator, HR and Admin; a member only their own.</summary>
public sealed record SetOneToOnesResponse(Guid SetId, bool CanManage, IReadOnlyList<MemberOneToOneResponse> Members);

/// <summary>
/// Reads one-to-ones. A one-to-one is about one member's development, so among a set's readers only the facilitator, HR and
/// Admin see every member's; a member sees their own and nobody else's. Only the facilitator and HR record them.
/// </summary>
internal sealed class OneToOneReads(IDbSession session, SetReads sets, IOrganisationDirectory directory, ICurrentUser currentUser)
{
    private const string BySetSql = """
        SELECT set_id, member_id, held_on, development_project, reframed_project, notes, recorded_by, version, updated_at
        FROM als_one_to_ones WHERE set_id = @SetId
        """;

    /// <summary>Whose one-to-ones the caller sees in this set.</summary>
    public IReadOnlyList<Guid> VisibleMembers(SetReads.SetRow set, IReadOnlyList<Guid> members) =>
        sets.SeesEveryOneToOne(set) ? members : members.Where(member => member == currentUser.PersonId).ToList();

    public async Task<SetOneToOnesResponse> OfSetAsync(SetReads.SetRow set, IReadOnlyList<Guid> members, CancellationToken cancellationToken)
    {
        var visible = VisibleMembers(set, members);
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OneToOneRow>(new CommandDefinition(BySetSql, new { SetId = set.Id }, session.Transaction, cancellationToken: cancellationToken)))
            .Where(row => visible.Contains(row.MemberId))
            .ToDictionary(row => row.MemberId);
        var people = await directory.FindPeopleAsync(visible.Concat(rows.Values.Select(row => row.RecordedBy)).Distinct().ToList(), cancellationToken);
        var canManage = sets.CanManage(set);
        var entries = visible
            .Select(member => new MemberOneToOneResponse(
                SetReads.Person(people, member),
                rows.TryGetValue(member, out var row) ? ToResponse(row, people, canManage) : null))
            .OrderBy(entry => entry.Member.Name, StringComparer.OrdinalIgnoreCase).ThenBy(entry => entry.Member.Id)
            .ToList();
        return new SetOneToOnesResponse(set.Id, canManage, entries);
    }

    public async Task<OneToOneResponse> FindAsync(SetReads.SetRow set, Guid memberId, CancellationToken cancellationToken)
    {
        var found = (await OfSetAsync(set, [memberId], cancellationToken)).Members.Single();
        return found.OneToOne ?? throw new InvalidOperationException("The one-to-one was just written.");
    }

    private static OneToOneResponse ToResponse(OneToOneRow row, IReadOnlyDictionary<Guid, PersonSummary> people, bool canManage) => new(
        row.SetId,
        SetReads.Person(people, row.MemberId),
        row.HeldOn,
        row.DevelopmentProject,
        row.ReframedProject,
        row.Notes,
        SetReads.Person(people, row.RecordedBy),
        row.UpdatedAt,
        canManage,
        row.Version);

    internal sealed class OneToOneRow
    {
        public Guid SetId { get; init; }
        public Guid MemberId { get; init; }
        public DateOnly HeldOn { get; init; }
        public string DevelopmentProject { get; init; } = "";
        public string ReframedProject { get; init; } = "";
        public string Notes { get; init; } = "";
        public Guid RecordedBy { get; init; }
        public int Version { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
