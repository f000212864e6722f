using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification;

public sealed record NeedEventResponse(DateTimeOffset At, Guid ByPersonId, string ByName, string Action, string? FromStatus, string ToStatus, string? Note);

/// <summary>
/// A development need. <c>followsNeedId</c> / <c>followsNeedTitle</c> name the need this one is the second phase of
/// (started from an impact review), null for a need that follows none.
/// </summary>
public sealed record DevelopmentNeedResponse(
    Guid Id,
    Guid LearnerId,
    string LearnerName,
    string Title,
    IReadOnlyList<string> LearningOutcomes,
    string PerformanceImprovement,
    string? TargetRole,
    Guid? BusinessNeedId,
    string? BusinessNeedTitle,
    Guid? DiscussionId,
    Guid? FollowsNeedId,
    string? FollowsNeedTitle,
    string Origin,
    bool IsPrivate,
    string Priority,
    IReadOnlyList<string> CompetencyTags,
    string Status,
    string? CancelReason,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<NeedEventResponse> History,
    int Version);

/// <summary>Reads shared by the development-need use cases: one need or a page of them, with outcomes, tags and history.</summary>
internal static class DevelopmentNeeds
{
    public const string SelectColumns = """
        SELECT n.id, n.learner_id, n.title, n.performance_improvement, n.target_role, n.business_need_id, b.title AS business_need_title,
               n.discussion_id, n.follows_need_id, f.title AS follows_need_title, n.origin, n.is_private, n.priority, n.status, n.cancel_reason,
               n.created_by, n.created_at, n.updated_at, n.version
        FROM ni_development_needs n
        LEFT JOIN ni_business_needs b ON b.id = n.business_need_id
        LEFT JOIN ni_development_needs f ON f.id = n.follows_need_id
        """;

    private const string ByIdSql = SelectColumns + " WHERE n.id = @Id";

    private const string OutcomesSql = "SELECT need_id, position, statement FROM ni_need_outcomes WHERE need_id IN @Ids ORDER BY need_id, position";

    private const string TagsSql = "SELECT need_id, tag FROM ni_need_tags WHERE need_id IN @Ids ORDER BY need_id, tag";

    private const string EventsSql = """
        SELECT need_id, at, by_person_id, action, from_status, to_status, note
        FROM ni_need_events WHERE need_id IN @Ids ORDER BY need_id, sequence
        """;

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<DevelopmentNeedResponse?> FindAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, Guid id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(session, id, cancellationToken);
        return row is null ? null : (await ToResponsesAsync(session, dialect, directory, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<DevelopmentNeedResponse>> ToResponsesAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var ids = dialect.IdList(rows.Select(row => row.Id));
        var connection = await session.ConnectionAsync(cancellationToken);
        var outcomes = (await connection.QueryAsync<OutcomeRow>(new CommandDefinition(OutcomesSql, new { Ids = ids }, session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(outcome => outcome.NeedId, outcome => outcome.Statement);
        var tags = (await connection.QueryAsync<TagRow>(new CommandDefinition(TagsSql, new { Ids = ids }, session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(tag => tag.NeedId, tag => tag.Tag);
        var events = (await connection.QueryAsync<EventRow>(new CommandDefinition(EventsSql, new { Ids = ids }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var people = await directory.FindPeopleAsync(
            rows.Select(row => row.LearnerId).Concat(events.Select(item => item.ByPersonId)).Distinct().ToList(), cancellationToken);
        string NameOf(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";
        var history = events.ToLookup(item => item.NeedId, item => new NeedEventResponse(
            item.At, item.ByPersonId, NameOf(item.ByPersonId), item.Action, item.FromStatus, item.ToStatus, item.Note));

        return rows.Select(row => new DevelopmentNeedResponse(
            row.Id, row.LearnerId, NameOf(row.LearnerId), row.Title, outcomes[row.Id].ToList(), row.PerformanceImprovement, row.TargetRole,
            row.BusinessNeedId, row.BusinessNeedTitle, row.DiscussionId, row.FollowsNeedId, row.FollowsNeedTitle, row.Origin, row.IsPrivate, row.Priority, tags[row.Id].ToList(),
            row.Status, row.CancelReason, row.CreatedBy, row.CreatedAt, row.UpdatedAt, history[row.Id].ToList(), row.Version)).ToList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public string Title { get; init; } = "";
        public string PerformanceImprovement { get; init; } = "";
        public string? TargetRole { get; init; }
        public Guid? BusinessNeedId { get; init; }
        public string? BusinessNeedTitle { get; init; }
        public Guid? DiscussionId { get; init; }
        public Guid? FollowsNeedId { get; init; }
        public string? FollowsNeedTitle { get; init; }
        public string Origin { get; init; } = "";
        public bool IsPrivate { get; init; }
        public string Priority { get; init; } = "";
        public string Status { get; init; } = "";
        public string? CancelReason { get; init; }
        public Guid CreatedBy { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }
    }

    private sealed class OutcomeRow
    {
        public Guid NeedId { get; init; }
        public int Position { get; init; }
        public string Statement { get; init; } = "";
    }

    private sealed class TagRow
    {
        public Guid NeedId { get; init; }
        public string Tag { get; init; } = "";
    }

    private sealed class EventRow
    {
        public Guid NeedId { get; init; }
        public DateTimeOffset At { get; init; }
        public Guid ByPersonId { get; init; }
        public string Action { get; init; } = "";
        public string? FromStatus { get; init; }
        public string ToStatus { get; init; } = "";
        public string? Note { get; init; }
    }
}
