using System.Text.Json;
using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

public sealed record RecommendedOffering(Guid OfferingId, string Title, string ProviderName, bool PreferredProvider, string SolutionType, decimal Cost, Guid? AdoptedAsOptionId);

public sealed record AdviceRequestResponse(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    Guid LearnerId,
    string LearnerName,
    Guid RequestedBy,
    string RequestedByName,
    IReadOnlyList<string> Topics,
    string Question,
    string Status,
    string? Answer,
    string? AnsweredByName,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<RecommendedOffering> Recommendations,
    DateTimeOffset CreatedAt,
    int Version);

/// <summary>Reads shared by the advice use cases.</summary>
internal static class AdviceRequests
{
    public const string SelectColumns = """
        SELECT id, need_id, learner_id, requested_by, topics, question, status, answer, answered_by, answered_at, created_at, version
        FROM ss_advice_requests
        """;

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    private const string RecommendationsSql = """
        SELECT r.request_id, f.id AS offering_id, f.title, p.name AS provider_name, p.preferred AS preferred_provider, f.solution_type, f.cost
        FROM ss_advice_recommendations r
        INNER JOIN ss_offerings f ON f.id = r.offering_id
        INNER JOIN ss_providers p ON p.id = f.provider_id
        WHERE r.request_id IN @Ids
        ORDER BY p.preferred DESC, f.title, f.id
        """;

    private const string OptionsFromOfferingsSql = "SELECT id, need_id, offering_id FROM ss_options WHERE need_id IN @NeedIds AND offering_id IS NOT NULL";

    public static string SerialiseTopics(IEnumerable<string> topics) => JsonSerializer.Serialize(topics.Distinct(StringComparer.Ordinal).ToArray());

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<AdviceRequestResponse>> ToResponsesAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var recommendations = (await connection.QueryAsync<RecommendationRow>(new CommandDefinition(
                RecommendationsSql, new { Ids = dialect.IdList(rows.Select(row => row.Id)) }, session.Transaction, cancellationToken: cancellationToken)))
            .ToLookup(row => row.RequestId);
        var adopted = (await connection.QueryAsync<OptionRow>(new CommandDefinition(
                OptionsFromOfferingsSql, new { NeedIds = dialect.IdList(rows.Select(row => row.NeedId).Distinct()) }, session.Transaction, cancellationToken: cancellationToken)))
            .GroupBy(option => (option.NeedId, option.OfferingId))
            .ToDictionary(group => group.Key, group => group.First().Id);
        var people = await directory.FindPeopleAsync(
            rows.SelectMany(row => new[] { row.LearnerId, row.RequestedBy }.Concat(row.AnsweredBy is { } by ? [by] : [])).Distinct().ToList(), cancellationToken);
        string NameOf(Guid id) => people.GetValueOrDefault(id)?.DisplayName ?? "";
        var responses = new List<AdviceRequestResponse>(rows.Count);
        foreach (var row in rows)
        {
            var need = await needs.FindAsync(row.NeedId, cancellationToken);
            responses.Add(new AdviceRequestResponse(
                row.Id, row.NeedId, need?.Title ?? "", row.LearnerId, NameOf(row.LearnerId), row.RequestedBy, NameOf(row.RequestedBy),
                JsonSerializer.Deserialize<string[]>(row.Topics) ?? [], row.Question, row.Status, row.Answer,
                row.AnsweredBy is { } answeredBy ? NameOf(answeredBy) : null, row.AnsweredAt, recommendations[row.Id]
                    .Select(item => new RecommendedOffering(item.OfferingId, item.Title, item.ProviderName, item.PreferredProvider, item.SolutionType, item.Cost,
                        adopted.TryGetValue((row.NeedId, item.OfferingId), out var optionId) ? optionId : null))
                    .ToList(), row.CreatedAt, row.Version));
        }
        return responses;
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid RequestedBy { get; init; }
        public string Topics { get; init; } = "[]";
        public string Question { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Answer { get; init; }
        public Guid? AnsweredBy { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int Version { get; init; }
    }

    private sealed class RecommendationRow
    {
        public Guid RequestId { get; init; }
        public Guid OfferingId { get; init; }
        public string Title { get; init; } = "";
        public string ProviderName { get; init; } = "";
        public bool PreferredProvider { get; init; }
        public string SolutionType { get; init; } = "";
        public decimal Cost { get; init; }
    }

    private sealed class OptionRow
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid OfferingId { get; init; }
    }
}
