using System.Text.Json;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection;

public sealed record ProgrammeEnrolmentResponse(Guid NeedId, Guid LearnerId, string LearnerName, Guid OptionId, DateTimeOffset EnrolledAt);

public sealed record PersonReference(Guid Id, string DisplayName);

/// <summary>One programme procured for many people who share a need; total cost is the agreed total, or cost per head × places.</summary>
public sealed record ProgrammeResponse(
    Guid Id,
    string Title,
    string CompetencyTag,
    Guid? OfferingId,
    string? OfferingTitle,
    string? ProviderName,
    decimal CostPerHead,
    decimal TotalCost,
    bool TotalCostAgreed,
    string Status,
    IReadOnlyList<PersonReference> ManagersConsulted,
    string? Notes,
    IReadOnlyList<ProgrammeEnrolmentResponse> Enrolments,
    int Version);

internal static class Programmes
{
    public const string SelectColumns = """
        SELECT g.id, g.title, g.competency_tag, g.offering_id, f.title AS offering_title, p.name AS provider_name,
               g.cost_per_head, g.total_cost, g.status, g.managers_consulted, g.notes, g.version
        FROM ss_programmes g
        LEFT JOIN ss_offerings f ON f.id = g.offering_id
        LEFT JOIN ss_providers p ON p.id = f.provider_id
        """;

    private const string ByIdSql = SelectColumns + " WHERE g.id = @Id";

    private const string EnrolmentsSql = """
        SELECT programme_id, need_id, learner_id, option_id, enrolled_at
        FROM ss_programme_enrolments WHERE programme_id IN @Ids ORDER BY enrolled_at, need_id
        """;

    public static string SerialiseManagers(IEnumerable<Guid> managers) => JsonSerializer.Serialize(managers.Distinct().ToArray());

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<ProgrammeResponse?> FindAsync(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, Guid id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(session, id, cancellationToken);
        return row is null ? null : (await ToResponsesAsync(session, dialect, directory, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<ProgrammeResponse>> ToResponsesAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var enrolments = (await connection.QueryAsync<EnrolmentRow>(new CommandDefinition(
            EnrolmentsSql, new { Ids = dialect.IdList(rows.Select(row => row.Id)) }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var managers = rows.ToDictionary(row => row.Id, row => JsonSerializer.Deserialize<Guid[]>(row.ManagersConsulted) ?? []);
        var people = await directory.FindPeopleAsync(
            enrolments.Select(enrolment => enrolment.LearnerId).Concat(managers.Values.SelectMany(ids => ids)).Distinct().ToList(), cancellationToken);
        string NameOf(Guid id) => people.GetValueOrDefault(id)?.DisplayName ?? "";
        var byProgramme = enrolments.ToLookup(enrolment => enrolment.ProgrammeId,
            enrolment => new ProgrammeEnrolmentResponse(enrolment.NeedId, enrolment.LearnerId, NameOf(enrolment.LearnerId), enrolment.OptionId, enrolment.EnrolledAt));

        return rows.Select(row =>
        {
            var places = byProgramme[row.Id].ToList();
            return new ProgrammeResponse(
                row.Id, row.Title, row.CompetencyTag, row.OfferingId, row.OfferingTitle, row.ProviderName, row.CostPerHead,
                row.TotalCost ?? row.CostPerHead * places.Count, row.TotalCost is not null, row.Status,
                managers[row.Id].Select(id => new PersonReference(id, NameOf(id))).ToList(), row.Notes, places, row.Version);
        }).ToList();
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string CompetencyTag { get; init; } = "";
        public Guid? OfferingId { get; init; }
        public string? OfferingTitle { get; init; }
        public string? ProviderName { get; init; }
        public decimal CostPerHead { get; init; }
        public decimal? TotalCost { get; init; }
        public string Status { get; init; } = "";
        public string ManagersConsulted { get; init; } = "[]";
        public string? Notes { get; init; }
        public int Version { get; init; }
    }

    private sealed class EnrolmentRow
    {
        public Guid ProgrammeId { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid OptionId { get; init; }
        public DateTimeOffset EnrolledAt { get; init; }
    }
}
