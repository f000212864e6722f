using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.ProgressReviews;

/// <summary>
/// A learner's idea on a contract and the line manager's answer. <c>answerBy</c> is the raising date plus
/// 14 days; an open idea past it is <c>overdue</c>. <c>canRespond</c> tells a client whether to offer the answer.
/// </summary>
public sealed record IdeaResponse(
    Guid Id,
    Guid ContractId,
    Guid LearnerId,
    string LearnerName,
    string Title,
    string Description,
    string Status,
    string? Response,
    Guid? RespondedBy,
    string? RespondedByName,
    DateTimeOffset? RespondedAt,
    DateTimeOffset RaisedAt,
    DateOnly AnswerBy,
    bool Overdue,
    bool CanRespond,
    int Version);

/// <summary>Reads ideas and builds what the API answers.</summary>
internal sealed class IdeaReads(IDbSession session, IOrganisationDirectory directory, RequestAccess access, TimeProvider clock)
{
    public const string SelectColumns = """
        SELECT id, contract_id, learner_id, title, description, status, response, responded_by, responded_at, raised_at, version
        FROM pr_ideas
        """;

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    public async Task<Row?> FindRowAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public async Task<IdeaResponse?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await FindRowAsync(id, cancellationToken) is { } row ? (await ToResponsesAsync([row], cancellationToken))[0] : null;

    public async Task<IReadOnlyList<IdeaResponse>> ToResponsesAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var people = await directory.FindPeopleAsync(
            rows.Select(row => row.LearnerId).Concat(rows.Select(row => row.RespondedBy).OfType<Guid>()).Distinct().ToList(),
            cancellationToken);
        string Name(Guid personId) => people.GetValueOrDefault(personId)?.DisplayName ?? "";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        return rows.Select(row =>
        {
            var answerBy = DateOnly.FromDateTime(row.RaisedAt.UtcDateTime).AddDays(IdeaStatuses.AnswerWithinDays);
            return new IdeaResponse(
                row.Id, row.ContractId, row.LearnerId, Name(row.LearnerId), row.Title, row.Description, row.Status,
                row.Response, row.RespondedBy, row.RespondedBy is { } by ? Name(by) : null, row.RespondedAt, row.RaisedAt,
                answerBy,
                Overdue: row.Status == IdeaStatuses.Open && today > answerBy,
                CanRespond: access.IsManager && IdeaStatuses.Answerable(row.Status),
                row.Version);
        }).ToList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ContractId { get; init; }
        public Guid LearnerId { get; init; }
        public string Title { get; init; } = "";
        public string Description { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Response { get; init; }
        public Guid? RespondedBy { get; init; }
        public DateTimeOffset? RespondedAt { get; init; }
        public DateTimeOffset RaisedAt { get; init; }
        public int Version { get; init; }
    }
}
