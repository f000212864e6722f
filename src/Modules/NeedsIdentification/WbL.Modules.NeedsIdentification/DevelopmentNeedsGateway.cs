using Dapper;
using FluentValidation;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.Modules.NeedsIdentification.Features.CreateDevelopmentNeed;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification;

internal sealed class DevelopmentNeedsGateway(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, NeedWriter writer, TimeProvider clock)
    : IDevelopmentNeeds
{
    private const string AwaitingSolutionSql = DevelopmentNeeds.SelectColumns + """

        WHERE n.status = 'Identified' AND n.is_private = 0
        ORDER BY n.created_at, n.id
        """;

    // A tag the learner already holds keeps the need and date it was first acquired with.
    private const string AddCompetenciesSql = """
        INSERT INTO ni_learner_competencies (person_id, tag, need_id, acquired_on)
        SELECT @PersonId, t.tag, t.need_id, @AcquiredOn
        FROM ni_need_tags t
        WHERE t.need_id = @NeedId
          AND NOT EXISTS (SELECT 1 FROM ni_learner_competencies c WHERE c.person_id = @PersonId AND c.tag = t.tag)
        """;

    private const string TagsSql = "SELECT tag FROM ni_need_tags WHERE need_id = @NeedId ORDER BY tag";

    public async ValueTask<DevelopmentNeedSummary?> FindAsync(Guid needId, CancellationToken cancellationToken)
    {
        var need = await DevelopmentNeeds.FindAsync(session, dialect, directory, needId, cancellationToken);
        return need is null ? null : Summarise(need);
    }

    public async ValueTask<IReadOnlyList<DevelopmentNeedSummary>> AwaitingSolutionAsync(CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DevelopmentNeeds.Row>(new CommandDefinition(AwaitingSolutionSql, transaction: session.Transaction, cancellationToken: cancellationToken))).AsList();
        var needs = await DevelopmentNeeds.ToResponsesAsync(session, dialect, directory, rows, cancellationToken);
        return needs.Select(Summarise).ToList();
    }

    public async ValueTask MarkSolutionSelectedAsync(Guid needId, Guid byPersonId, string note, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        if (current.Status == NeedStatuses.SolutionSelected)
        {
            return;
        }
        if (current.Status != NeedStatuses.Identified)
        {
            throw new StateConflictException(current.Status == NeedStatuses.Proposed
                ? "The learner's manager must confirm this aspiration before a solution is selected."
                : "A solution can be selected only for a need that is identified and not yet contracted.");
        }
        await writer.ChangeStatusAsync(needId, current.Version, current.Status, NeedStatuses.SolutionSelected, "Solution selected", note, byPersonId, cancellationToken);
    }

    public async ValueTask MoveWithContractAsync(Guid needId, ContractStage stage, Guid byPersonId, string note, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        var (target, from, action) = stage switch
        {
            ContractStage.Agreed => (NeedStatuses.Contracted, new[] { NeedStatuses.SolutionSelected }, "Contract agreed"),
            ContractStage.Active => (NeedStatuses.InProgress, new[] { NeedStatuses.Contracted }, "Learning started"),
            ContractStage.Completed => (NeedStatuses.Completed, new[] { NeedStatuses.Contracted, NeedStatuses.InProgress }, "Learning completed"),
            _ => (NeedStatuses.SolutionSelected, new[] { NeedStatuses.Contracted, NeedStatuses.InProgress }, "Contract withdrawn"),
        };
        if (current.Status != target)
        {
            if (!from.Contains(current.Status))
            {
                throw new StateConflictException($"The need is {current.Status}; its contract cannot take it to {target}.");
            }
            await writer.ChangeStatusAsync(needId, current.Version, current.Status, target, action, note, byPersonId, cancellationToken);
        }
        if (stage == ContractStage.Completed)
        {
            // Also when the need was already completed: adding tags the learner holds does nothing, so a repeat is harmless.
            var connection = await session.ConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(AddCompetenciesSql, new
            {
                PersonId = current.LearnerId,
                NeedId = needId,
                AcquiredOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            }, session.Transaction, cancellationToken: cancellationToken));
        }
    }

    public async ValueTask MarkImpactReviewedAsync(Guid needId, Guid byPersonId, string note, CancellationToken cancellationToken)
    {
        var current = await DevelopmentNeeds.FindRowAsync(session, needId, cancellationToken) ?? throw new NotFoundException("Development need", needId);
        if (current.Status == NeedStatuses.ImpactReviewed)
        {
            return;
        }
        if (current.Status != NeedStatuses.Completed)
        {
            throw new StateConflictException($"The need is {current.Status}; only a need whose learning is completed can have its impact reviewed.");
        }
        await writer.ChangeStatusAsync(needId, current.Version, current.Status, NeedStatuses.ImpactReviewed, "Impact reviewed", note, byPersonId, cancellationToken);
    }

    public async ValueTask<Guid> CreateFollowOnAsync(FollowOnNeed need, Guid byPersonId, CancellationToken cancellationToken)
    {
        var original = await DevelopmentNeeds.FindRowAsync(session, need.OriginalNeedId, cancellationToken)
            ?? throw new NotFoundException("Development need", need.OriginalNeedId);
        if (original.LearnerId != need.LearnerId)
        {
            throw new InvalidOperationException($"Need {original.Id} belongs to another learner; a second phase stays with the same learner.");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var tags = (await connection.QueryAsync<string>(new CommandDefinition(TagsSql, new { NeedId = original.Id }, session.Transaction, cancellationToken: cancellationToken))).AsList();
        var fields = new FollowOnFields(
            need.Title ?? "",
            need.LearningOutcomes ?? [],
            string.IsNullOrWhiteSpace(need.PerformanceImprovement) ? original.PerformanceImprovement : need.PerformanceImprovement,
            original.TargetRole,
            original.BusinessNeedId,
            original.Origin,
            original.IsPrivate,
            string.IsNullOrWhiteSpace(need.Priority) ? original.Priority : need.Priority,
            tags);
        var result = await new DevelopmentNeedFieldsValidator().ValidateAsync(fields, cancellationToken);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors);
        }
        var id = await writer.InsertAsync(need.LearnerId, fields, discussionId: null, followsNeedId: original.Id, NeedStatuses.Identified, byPersonId,
            $"Second phase of \u201c{original.Title}\u201d", cancellationToken);
        await writer.RecordAsync(original.Id, byPersonId, "Second phase identified", original.Status, original.Status, $"\u201c{fields.Title.Trim()}\u201d", cancellationToken);
        return id;
    }

    private sealed record FollowOnFields(
        string Title,
        IReadOnlyList<string> LearningOutcomes,
        string PerformanceImprovement,
        string? TargetRole,
        Guid? BusinessNeedId,
        string Origin,
        bool IsPrivate,
        string Priority,
        IReadOnlyList<string> CompetencyTags) : IDevelopmentNeedFields;

    private static DevelopmentNeedSummary Summarise(DevelopmentNeedResponse need) =>
        new(need.Id, need.LearnerId, need.Title, need.Status, need.IsPrivate, need.CompetencyTags, need.LearningOutcomes);
}
