using Dapper;
using WbL.Modules.LearningSets.Contracts;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection;

/// <summary>
/// A way to meet a need, appraised before one is chosen: knowledge, skill and behavioural
/// implications, transfer into the workplace and sustainability (1–5 each), cost and time away.
/// </summary>
public sealed record SolutionOptionResponse(
    Guid Id,
    Guid NeedId,
    Guid LearnerId,
    string SolutionType,
    string SolutionTypeName,
    string Description,
    Guid? OfferingId,
    string? OfferingTitle,
    string? ProviderName,
    Guid? ProgrammeId,
    string? ProgrammeTitle,
    LinkedLearningSetResponse? LearningSet,
    int? KnowledgeRating,
    string? KnowledgeNote,
    int? SkillRating,
    string? SkillNote,
    int? BehaviourRating,
    string? BehaviourNote,
    int? TransferRating,
    int? SustainabilityRating,
    decimal? Cost,
    decimal? HoursAway,
    string Status,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    DateTimeOffset CreatedAt,
    int Version);

/// <summary>The action learning set an option would have the learner join.</summary>
public sealed record LinkedLearningSetResponse(Guid Id, string Name, string Status);

internal static class Options
{
    public const string SelectColumns = """
        SELECT o.id, o.need_id, o.learner_id, o.solution_type, t.name AS solution_type_name, o.description,
               o.offering_id, f.title AS offering_title, p.name AS provider_name, o.programme_id, g.title AS programme_title, o.learning_set_id,
               o.knowledge_rating, o.knowledge_note, o.skill_rating, o.skill_note, o.behaviour_rating, o.behaviour_note,
               o.transfer_rating, o.sustainability_rating, o.cost, o.hours_away, o.status, o.decision_note, o.decided_at,
               o.created_at, o.version
        FROM ss_options o
        INNER JOIN ss_solution_types t ON t.code = o.solution_type
        LEFT JOIN ss_offerings f ON f.id = o.offering_id
        LEFT JOIN ss_providers p ON p.id = f.provider_id
        LEFT JOIN ss_programmes g ON g.id = o.programme_id
        """;

    private const string ByIdSql = SelectColumns + " WHERE o.id = @Id";

    private const string ByNeedSql = SelectColumns + " WHERE o.need_id = @NeedId ORDER BY o.created_at, o.id";

    private const string ActiveTypeSql = "SELECT COUNT(1) FROM ss_solution_types WHERE code = @Code AND active = 1";

    private const string ActiveOfferingSql = """
        SELECT COUNT(1) FROM ss_offerings f INNER JOIN ss_providers p ON p.id = f.provider_id
        WHERE f.id = @Id AND f.active = 1 AND p.active = 1
        """;

    public static async Task<Row?> FindRowAsync(IDbSession session, Guid id, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<Row>> RowsForNeedAsync(IDbSession session, Guid needId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(new CommandDefinition(ByNeedSql, new { NeedId = needId }, session.Transaction, cancellationToken: cancellationToken))).AsList();
    }

    public static async Task<SolutionOptionResponse?> FindAsync(IDbSession session, ILearningSetCatalogue sets, Guid id, CancellationToken cancellationToken)
    {
        var row = await FindRowAsync(session, id, cancellationToken);
        return row is null ? null : (await ToResponsesAsync(sets, [row], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<SolutionOptionResponse>> ForNeedAsync(IDbSession session, ILearningSetCatalogue sets, Guid needId, CancellationToken cancellationToken) =>
        await ToResponsesAsync(sets, await RowsForNeedAsync(session, needId, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<SolutionOptionResponse>> ToResponsesAsync(ILearningSetCatalogue sets, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var linked = await sets.FindAsync(rows.Select(row => row.LearningSetId).OfType<Guid>().ToList(), cancellationToken);
        LinkedLearningSetResponse? LinkOf(Row row) =>
            row.LearningSetId is not { } setId ? null
            : linked.TryGetValue(setId, out var set) ? new LinkedLearningSetResponse(set.Id, set.Name, set.Status)
            // Sets are never deleted; should one go missing, the option still says which one it named.
            : new LinkedLearningSetResponse(setId, "(unknown set)", "");
        return rows.Select(row => row.ToResponse(LinkOf(row))).ToList();
    }

    /// <summary>Options can be added and changed until a contract is agreed: while the need is identified or has a solution selected.</summary>
    public static async Task<DevelopmentNeedSummary> OpenForSelectionAsync(IDevelopmentNeeds needs, Guid needId, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        return need.Status switch
        {
            "Identified" or "SolutionSelected" => need,
            "Proposed" => throw new StateConflictException("Confirm the learner's proposed aspiration before appraising solutions for it."),
            _ => throw new StateConflictException("The solution can no longer change: the need is contracted, under way, finished or cancelled."),
        };
    }

    public static async Task CheckReferencesAsync(IDbSession session, string solutionType, Guid? offeringId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(ActiveTypeSql, new { Code = solutionType }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw Validation.Fail("solutionType", "Choose one of the solution types in the list.");
        }
        if (offeringId is { } offering
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(ActiveOfferingSql, new { Id = offering }, session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw Validation.Fail("offeringId", "That offering is not in the provider register, or is no longer offered.");
        }
    }

    /// <summary>
    /// The set an option points at must exist and still take people. A set that closed after the
    /// option named it does not block editing the option, as long as the link stays as it was.
    /// </summary>
    public static async Task CheckLearningSetAsync(ILearningSetCatalogue sets, Guid? learningSetId, Guid? currentLearningSetId, CancellationToken cancellationToken)
    {
        if (learningSetId is not { } setId)
        {
            return;
        }
        var found = await sets.FindAsync([setId], cancellationToken);
        if (!found.TryGetValue(setId, out var set))
        {
            throw Validation.Fail("learningSetId", "That learning set does not exist.");
        }
        if (set.Status == LearningSetStatus.Closed && setId != currentLearningSetId)
        {
            throw Validation.Fail("learningSetId", $"The learning set '{set.Name}' has closed and takes no one new; choose a set that is forming or running.");
        }
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid NeedId { get; init; }
        public Guid LearnerId { get; init; }
        public string SolutionType { get; init; } = "";
        public string SolutionTypeName { get; init; } = "";
        public string Description { get; init; } = "";
        public Guid? OfferingId { get; init; }
        public string? OfferingTitle { get; init; }
        public string? ProviderName { get; init; }
        public Guid? ProgrammeId { get; init; }
        public string? ProgrammeTitle { get; init; }
        public Guid? LearningSetId { get; init; }
        public int? KnowledgeRating { get; init; }
        public string? KnowledgeNote { get; init; }
        public int? SkillRating { get; init; }
        public string? SkillNote { get; init; }
        public int? BehaviourRating { get; init; }
        public string? BehaviourNote { get; init; }
        public int? TransferRating { get; init; }
        public int? SustainabilityRating { get; init; }
        public decimal? Cost { get; init; }
        public decimal? HoursAway { get; init; }
        public string Status { get; init; } = "";
        public string? DecisionNote { get; init; }
        public DateTimeOffset? DecidedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int Version { get; init; }

        public SolutionOptionResponse ToResponse(LinkedLearningSetResponse? learningSet) => new(
            Id, NeedId, LearnerId, SolutionType, SolutionTypeName, Description, OfferingId, OfferingTitle, ProviderName, ProgrammeId, ProgrammeTitle, learningSet,
            KnowledgeRating, KnowledgeNote, SkillRating, SkillNote, BehaviourRating, BehaviourNote, TransferRating, SustainabilityRating,
            Cost, HoursAway, Status, DecisionNote, DecidedAt, CreatedAt, Version);
    }
}
