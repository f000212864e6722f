using System.Text.Json;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.NeedsIdentification;

public sealed record IdentifiedNeedSummary(Guid Id, string Title, string Status);

public sealed record DiscussionResponse(
    Guid Id,
    Guid LearnerId,
    string LearnerName,
    Guid ManagerId,
    string ManagerName,
    string Kind,
    DateOnly HeldOn,
    string Summary,
    IReadOnlyList<string> AgreedOutcomes,
    DateOnly? NextDiscussionOn,
    string? LearnerComment,
    DateTimeOffset? LearnerCommentedAt,
    IReadOnlyList<IdentifiedNeedSummary> IdentifiedNeeds,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version);

/// <summary>Reads shared by the 1:1 discussion use cases.</summary>
internal static class Discussions
{
    public const string SelectColumns = """
        SELECT id, learner_id, manager_id, kind, held_on, summary, agreed_outcomes, next_discussion_on,
               learner_comment, learner_commented_at, created_at, updated_at, version
        FROM ni_discussions
        """;

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    // Private aspirations appear only to those close to the learner, like everywhere else.
    private const string NeedsSql = """
        SELECT id, discussion_id, title, status
        FROM ni_development_needs
        WHERE discussion_id IN @Ids AND (is_private = 0 OR @ShowPrivate = 1)
        ORDER BY discussion_id, title, id
        """;

    public static string SerialiseOutcomes(IReadOnlyList<string> outcomes) => JsonSerializer.Serialize(outcomes.Select(outcome => outcome.Trim()).ToArray());

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<DiscussionResponse?> FindAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, Guid id, bool showPrivate, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(session, id, cancellationToken);
        return row is null ? null : (await ToResponsesAsync(session, dialect, directory, [row], showPrivate, cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<DiscussionResponse>> ToResponsesAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IReadOnlyList<Row> rows, bool showPrivate, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var needs = (await connection.QueryAsync<NeedRow>(new CommandDefinition(
                NeedsSql, new { Ids = dialect.IdList(rows.Select(row => row.Id)), ShowPrivate = showPrivate }, session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(need => need.DiscussionId, need => new IdentifiedNeedSummary(need.Id, need.Title, need.Status));
        var people = await directory.FindPeopleAsync(rows.SelectMany(row => new[] { row.LearnerId, row.ManagerId }).Distinct().ToList(), cancellationToken);
        string NameOf(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";
        return rows.Select(row => new DiscussionResponse(
            row.Id, row.LearnerId, NameOf(row.LearnerId), row.ManagerId, NameOf(row.ManagerId), row.Kind, row.HeldOn, row.Summary,
            JsonSerializer.Deserialize<string[]>(row.AgreedOutcomes) ?? [], row.NextDiscussionOn, row.LearnerComment, row.LearnerCommentedAt,
            needs[row.Id].ToList(), row.CreatedAt, row.UpdatedAt, row.Version)).ToList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid LearnerId { get; init; }
        public Guid ManagerId { get; init; }
        public string Kind { get; init; } = "";
        public DateOnly HeldOn { get; init; }
        public string Summary { get; init; } = "";
        public string AgreedOutcomes { get; init; } = "[]";
        public DateOnly? NextDiscussionOn { get; init; }
        public string? LearnerComment { get; init; }
        public DateTimeOffset? LearnerCommentedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }
    }

    private sealed class NeedRow
    {
        public Guid Id { get; init; }
        public Guid DiscussionId { get; init; }
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
    }
}
