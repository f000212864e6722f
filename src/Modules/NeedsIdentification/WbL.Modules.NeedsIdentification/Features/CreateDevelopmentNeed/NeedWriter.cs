using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;

/// <summary>Writes a need with its outcomes, tags and a history entry; used wherever a need is recorded or changed.</summary>
internal sealed class NeedWriter(IDbSession session, IOrganisationDirectory directory, TimeProvider clock)
{
    private const string InsertNeedSql = """
        INSERT INTO ni_development_needs (id, learner_id, title, performance_improvement, target_role, business_need_id, discussion_id,
            follows_need_id, origin, is_private, priority, status, cancel_reason, created_by, version, created_at, updated_at)
        VALUES (@Id, @LearnerId, @Title, @PerformanceImprovement, @TargetRole, @BusinessNeedId, @DiscussionId,
            @FollowsNeedId, @Origin, @IsPrivate, @Priority, @Status, NULL, @By, 1, @Now, @Now)
        """;

    private const string UpdateNeedSql = """
        UPDATE ni_development_needs
        SET title = @Title, performance_improvement = @PerformanceImprovement, target_role = @TargetRole, business_need_id = @BusinessNeedId,
            origin = @Origin, is_private = @IsPrivate, priority = @Priority, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    private const string ChangeStatusSql = """
        UPDATE ni_development_needs
        SET status = @Status, cancel_reason = @CancelReason, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    private const string DeleteOutcomesSql = "DELETE FROM ni_need_outcomes WHERE need_id = @Id";

    private const string InsertOutcomeSql = "INSERT INTO ni_need_outcomes (need_id, position, statement) VALUES (@NeedId, @Position, @Statement)";

    private const string DeleteTagsSql = "DELETE FROM ni_need_tags WHERE need_id = @Id";

    private const string InsertTagSql = "INSERT INTO ni_need_tags (need_id, tag) VALUES (@NeedId, @Tag)";

    private const string InsertEventSql = """
        INSERT INTO ni_need_events (id, need_id, sequence, at, by_person_id, action, from_status, to_status, note)
        SELECT @Id, @NeedId, COALESCE(MAX(sequence), 0) + 1, @At, @By, @Action, @FromStatus, @ToStatus, @Note
        FROM ni_need_events WHERE need_id = @NeedId
        """;

    private const string BusinessNeedOrganisationSql = "SELECT organisation_id FROM ni_business_needs WHERE id = @Id";

    private const string DiscussionLearnerSql = "SELECT learner_id FROM ni_discussions WHERE id = @Id";

    /// <summary>A need may only serve a business need of the learner's own organisation, and come from the learner's own 1:1.</summary>
    public async Task CheckLinksAsync(Guid learnerId, Guid? businessNeedId, Guid? discussionId, string fieldPrefix, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        if (businessNeedId is { } businessNeed)
        {
            var organisation = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                BusinessNeedOrganisationSql, new { Id = businessNeed }, session.Transaction, cancellationToken: cancellationToken));
            if (organisation is null)
            {
                throw Validation.Fail(fieldPrefix + "businessNeedId", "That business need does not exist.");
            }
            var learner = await directory.FindPersonAsync(learnerId, cancellationToken) ?? throw new NotFoundException("Person", learnerId);
            var unit = await directory.FindUnitAsync(learner.OrgUnitId, cancellationToken);
            if (unit?.OrganisationId != organisation)
            {
                throw Validation.Fail(fieldPrefix + "businessNeedId", "That business need belongs to another organisation.");
            }
        }
        if (discussionId is { } discussion)
        {
            var discussionLearner = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                DiscussionLearnerSql, new { Id = discussion }, session.Transaction, cancellationToken: cancellationToken));
            if (discussionLearner != learnerId)
            {
                throw Validation.Fail(fieldPrefix + "discussionId", "Link a 1:1 discussion held with this learner.");
            }
        }
    }

    public Task<Guid> InsertAsync(Guid learnerId, IDevelopmentNeedFields fields, Guid? discussionId, string status, Guid by, CancellationToken cancellationToken) =>
        InsertAsync(learnerId, fields, discussionId, followsNeedId: null, status, by, note: null, cancellationToken);

    /// <param name="followsNeedId">The need this one is the second phase of, if any.</param>
    /// <param name="note">Goes with the "Recorded" entry of the need's history.</param>
    public async Task<Guid> InsertAsync(
        Guid learnerId, IDevelopmentNeedFields fields, Guid? discussionId, Guid? followsNeedId, string status, Guid by, string? note, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertNeedSql, new
        {
            Id = id,
            LearnerId = learnerId,
            Title = fields.Title.Trim(),
            PerformanceImprovement = fields.PerformanceImprovement.Trim(),
            TargetRole = Blank(fields.TargetRole),
            fields.BusinessNeedId,
            DiscussionId = discussionId,
            FollowsNeedId = followsNeedId,
            fields.Origin,
            fields.IsPrivate,
            fields.Priority,
            Status = status,
            By = by,
            Now = now,
        }, session.Transaction, cancellationToken: cancellationToken));
        await WriteListsAsync(id, fields, cancellationToken);
        await RecordAsync(id, by, "Recorded", null, status, note, cancellationToken);
        return id;
    }

    public async Task UpdateAsync(Guid id, int version, IDevelopmentNeedFields fields, string status, Guid by, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateNeedSql, new
        {
            Id = id,
            Version = version,
            Title = fields.Title.Trim(),
            PerformanceImprovement = fields.PerformanceImprovement.Trim(),
            TargetRole = Blank(fields.TargetRole),
            fields.BusinessNeedId,
            fields.Origin,
            fields.IsPrivate,
            fields.Priority,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Development need");
        }
        await connection.ExecuteAsync(new CommandDefinition(DeleteOutcomesSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(DeleteTagsSql, new { Id = id }, session.Transaction, cancellationToken: cancellationToken));
        await WriteListsAsync(id, fields, cancellationToken);
        await RecordAsync(id, by, "Edited", status, status, null, cancellationToken);
    }

    public async Task ChangeStatusAsync(Guid id, int version, string fromStatus, string toStatus, string action, string? reason, Guid by, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(ChangeStatusSql, new
        {
            Id = id,
            Version = version,
            Status = toStatus,
            CancelReason = toStatus == NeedStatuses.Cancelled ? reason : null,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Development need");
        }
        await RecordAsync(id, by, action, fromStatus, toStatus, reason, cancellationToken);
    }

    private async Task WriteListsAsync(Guid id, IDevelopmentNeedFields fields, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var outcomes = fields.LearningOutcomes.Select((statement, index) => new
        {
            NeedId = id,
            Position = index + 1,
            Statement = DevelopmentNeedFieldsValidator.Normalise(statement),
        }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertOutcomeSql, outcomes, session.Transaction, cancellationToken: cancellationToken));
        var tags = fields.CompetencyTags
            .Select(tag => DevelopmentNeedFieldsValidator.Normalise(tag).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Select(tag => new { NeedId = id, Tag = tag })
            .ToList();
        await connection.ExecuteAsync(new CommandDefinition(InsertTagSql, tags, session.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Adds an entry to the need's history; a step that leaves the status alone gives the same status twice.</summary>
    public async Task RecordAsync(Guid needId, Guid by, string action, string? fromStatus, string toStatus, string? note, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertEventSql, new
        {
            Id = Guid.CreateVersion7(),
            NeedId = needId,
            At = clock.GetUtcNow(),
            By = by,
            Action = action,
            FromStatus = fromStatus,
            ToStatus = toStatus,
            Note = note,
        }, session.Transaction, cancellationToken: cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
