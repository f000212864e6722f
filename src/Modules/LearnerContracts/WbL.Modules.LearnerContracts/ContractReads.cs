using Dapper;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;

namespace WbL.Modules.LearnerContracts;

public sealed record ContractVersionResponse(
    int Number,
    string Status,
    ContractTerms Terms,
    string? MentorName,
    string? LearnerSignedByName,
    DateTimeOffset? LearnerSignedAt,
    string? ManagerSignedByName,
    DateTimeOffset? ManagerSignedAt,
    string? ChangeComment,
    DateTimeOffset CreatedAt);

/// <summary>A contract with the version in force (once agreed) and the one being drafted or awaiting signatures, if any.</summary>
public sealed record ContractResponse(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    Guid LearnerId,
    string LearnerName,
    Guid ManagerId,
    string ManagerName,
    Guid OptionId,
    string SolutionType,
    string SolutionDescription,
    string Status,
    ContractVersionResponse? InForce,
    ContractVersionResponse? Pending,
    DateOnly? CompletedOn,
    string? CompletionOutcome,
    string? WithdrawalReason,
    int Version);

internal static class ContractReads
{
    public const string SelectColumns = """
        SELECT id, need_id, learner_id, manager_id, option_id, solution_type, solution_description, status, in_force_number, pending_number,
               completed_on, completion_outcome, withdrawal_reason, version
        FROM lc_contracts
        """;

    private const string ByIdSql = SelectColumns + " WHERE id = @Id";

    public const string VersionColumns = """
        SELECT contract_id, number, status, terms, mentor_id, learner_signed_by, learner_signed_at, manager_signed_by, manager_signed_at,
               change_comment, created_at
        FROM lc_contract_versions
        """;

    private const string VersionsSql = VersionColumns + " WHERE contract_id IN @Ids ORDER BY contract_id, number";

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<VersionRow>> VersionsAsync(IDbSession session, ISqlDialect dialect, IEnumerable<Guid> contractIds, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<VersionRow>(new CommandDefinition(
            VersionsSql, new { Ids = dialect.IdList(contractIds) }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public static async Task<ContractResponse?> FindAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, Guid id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(session, id, cancellationToken);
        return row is null ? null : (await ToResponsesAsync(session, dialect, directory, needs, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<ContractResponse>> ToResponsesAsync(
        IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, IDevelopmentNeeds needs, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var versions = (await VersionsAsync(session, dialect, rows.Select(row => row.Id), cancellationToken)).ToLookup(version => version.ContractId);
        var names = await NamesAsync(directory, rows.SelectMany(row => new[] { row.LearnerId, row.ManagerId })
            .Concat(versions.SelectMany(group => group.SelectMany(version => version.People()))), cancellationToken);
        var responses = new List<ContractResponse>(rows.Count);
        foreach (var row in rows)
        {
            var need = await needs.FindAsync(row.NeedId, cancellationToken);
            var own = versions[row.Id].ToList();
            responses.Add(new ContractResponse(
                row.Id, row.NeedId, need?.Title ?? "", row.LearnerId, names(row.LearnerId), row.ManagerId, names(row.ManagerId), row.OptionId,
                row.SolutionType, row.SolutionDescription, row.Status,
                own.FirstOrDefault(version => version.Number == row.InForceNumber)?.ToResponse(names),
                own.FirstOrDefault(version => version.Number == row.PendingNumber)?.ToResponse(names),
                row.CompletedOn, row.CompletionOutcome, row.WithdrawalReason, row.Version));
        }
        return responses;
    }

    public static async Task<Func<Guid?, string>> NamesAsync(IOrganisationDirectory directory, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var people = await directory.FindPeopleAsync(ids.Distinct().ToList(), cancellationToken);
        return id => id is { } personId ? people.GetValueOrDefault(personId)?.DisplayName ?? "" : "";
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public Guid ManagerId { get; init; }
        public Guid OptionId { get; init; }
        public string SolutionType { get; init; } = "";
        public string SolutionDescription { get; init; } = "";
        public string Status { get; init; } = "";
        public int? InForceNumber { get; init; }
        public int? PendingNumber { get; init; }
        public DateOnly? CompletedOn { get; init; }
        public string? CompletionOutcome { get; init; }
        public string? WithdrawalReason { get; init; }
        public int Version { get; init; }
    }

    internal sealed class VersionRow
    {
        public Guid ContractId { get; init; }
        public int Number { get; init; }
        public string Status { get; init; } = "";
        public string Terms { get; init; } = "";
        public Guid? MentorId { get; init; }
        public Guid? LearnerSignedBy { get; init; }
        public DateTimeOffset? LearnerSignedAt { get; init; }
        public Guid? ManagerSignedBy { get; init; }
        public DateTimeOffset? ManagerSignedAt { get; init; }
        public string? ChangeComment { get; init; }
        public DateTimeOffset CreatedAt { get; init; }

        public IEnumerable<Guid> People() => new[] { MentorId, LearnerSignedBy, ManagerSignedBy }.OfType<Guid>();

        public ContractVersionResponse ToResponse(Func<Guid?, string> names) => new(
            Number, Status, ContractTerms.Deserialise(Terms), MentorId is null ? null : names(MentorId),
            LearnerSignedBy is null ? null : names(LearnerSignedBy), LearnerSignedAt,
            ManagerSignedBy is null ? null : names(ManagerSignedBy), ManagerSignedAt, ChangeComment, CreatedAt);
    }
}
