using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.SolutionSelection.Features.AddOption;

/// <summary>Inserts an option; shared by adding one by hand, adopting HR's recommendation and enrolling in a programme.</summary>
internal sealed class OptionWriter(IDbSession session, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO ss_options (id, need_id, learner_id, solution_type, description, offering_id, programme_id, learning_set_id,
            knowledge_rating, knowledge_note, skill_rating, skill_note, behaviour_rating, behaviour_note, transfer_rating, sustainability_rating,
            cost, hours_away, status, decision_note, decided_by, decided_at, created_by, version, created_at, updated_at)
        VALUES (@Id, @NeedId, @LearnerId, @SolutionType, @Description, @OfferingId, @ProgrammeId, @LearningSetId,
            @KnowledgeRating, @KnowledgeNote, @SkillRating, @SkillNote, @BehaviourRating, @BehaviourNote, @TransferRating, @SustainabilityRating,
            @Cost, @HoursAway, @Status, @DecisionNote, @DecidedBy, @DecidedAt, @By, 1, @Now, @Now)
        """;

    // Choosing one option puts any earlier choice back among the candidates, so exactly one is selected.
    private const string UnselectOthersSql = """
        UPDATE ss_options SET status = 'Proposed', decision_note = @Note, version = version + 1, updated_at = @Now
        WHERE need_id = @NeedId AND status = 'Selected' AND id <> @KeepId
        """;

    public async Task<Guid> InsertAsync(Guid needId, Guid learnerId, IOptionFields fields, Guid? programmeId, Guid by, string status, string? decisionNote, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var decided = status != OptionStatuses.Proposed;
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            NeedId = needId,
            LearnerId = learnerId,
            fields.SolutionType,
            Description = fields.Description.Trim(),
            fields.OfferingId,
            ProgrammeId = programmeId,
            fields.LearningSetId,
            fields.KnowledgeRating,
            KnowledgeNote = Blank(fields.KnowledgeNote),
            fields.SkillRating,
            SkillNote = Blank(fields.SkillNote),
            fields.BehaviourRating,
            BehaviourNote = Blank(fields.BehaviourNote),
            fields.TransferRating,
            fields.SustainabilityRating,
            fields.Cost,
            fields.HoursAway,
            Status = status,
            DecisionNote = decisionNote,
            DecidedBy = decided ? by : (Guid?)null,
            DecidedAt = decided ? now : (DateTimeOffset?)null,
            By = by,
            Now = now,
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }

    public async Task UnselectOthersAsync(Guid needId, Guid keepId, string note, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UnselectOthersSql, new { NeedId = needId, KeepId = keepId, Note = note, Now = clock.GetUtcNow() },
            session.Transaction, cancellationToken: cancellationToken));
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
