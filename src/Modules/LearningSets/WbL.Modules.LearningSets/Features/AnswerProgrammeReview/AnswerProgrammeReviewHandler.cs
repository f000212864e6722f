using System.Text.Json;
using Dapper;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.AnswerProgrammeReview;

internal sealed class AnswerProgrammeReviewHandler(IDbSession session, ProgrammeReviewReads reviews, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<AnswerProgrammeReviewCommand, ProgrammeReviewAnswerResponse>
{
    private const string AnswerSql = """
        UPDATE als_programme_review_responses
        SET value_rating = @ValueRating, strengths = @Strengths, issues = @Issues, issues_note = @IssuesNote, achieved_goal = @AchievedGoal,
            started_second_phase = @StartedSecondPhase, answered_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND respondent_id = @Me AND version = @Version
        """;

    public async ValueTask<ProgrammeReviewAnswerResponse> Handle(AnswerProgrammeReviewCommand command, CancellationToken cancellationToken)
    {
        var response = await reviews.OwnAsync(command.Id, cancellationToken);
        if (response.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Programme review response");
        }
        var failures = GoalQuestionFailures(RespondentRoles.AsksAboutGoal(response.RespondentRole), command).ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(AnswerSql, new
        {
            response.Id,
            Me = currentUser.PersonId,
            command.ValueRating,
            Strengths = command.Strengths.Trim(),
            // Stored in the vocabulary's order, so that the same answer always reads back the same.
            Issues = JsonSerializer.Serialize(ReviewIssues.All.Where(command.Issues.Contains).ToList(), ProgrammeReviewReads.Json),
            IssuesNote = command.IssuesNote.Trim(),
            command.AchievedGoal,
            command.StartedSecondPhase,
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Programme review response");
        }
        return await reviews.AnswerAsync(response.Id, cancellationToken);
    }

    /// <summary>Members and sponsoring managers say whether the member achieved their goal and started a second phase; the facilitator is not asked.</summary>
    private static IEnumerable<ValidationFailure> GoalQuestionFailures(bool asked, AnswerProgrammeReviewCommand command)
    {
        if (asked)
        {
            if (command.AchievedGoal is null)
            {
                yield return new ValidationFailure("achievedGoal", "Say whether the member achieved their development goal.");
            }
            if (command.StartedSecondPhase is null)
            {
                yield return new ValidationFailure("startedSecondPhase", "Say whether the member has started a second phase of development.");
            }
            yield break;
        }
        if (command.AchievedGoal is not null)
        {
            yield return new ValidationFailure("achievedGoal", "The facilitator is not asked whether a member achieved their goal; leave it out.");
        }
        if (command.StartedSecondPhase is not null)
        {
            yield return new ValidationFailure("startedSecondPhase", "The facilitator is not asked whether a member started a second phase; leave it out.");
        }
    }
}
