using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ImpactReviews.Features.StartSecondPhase;

internal sealed class StartSecondPhaseHandler(IDbSession session, ImpactReviewReads reads, IDevelopmentNeeds needs, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<StartSecondPhaseCommand, ImpactReviewResponse>
{
    private const string LinkSql = """
        UPDATE ir_reviews SET follow_on_need_id = @NeedId, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version AND follow_on_need_id IS NULL
        """;

    public async ValueTask<ImpactReviewResponse> Handle(StartSecondPhaseCommand command, CancellationToken cancellationToken)
    {
        var review = await reads.FindRowAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Impact review", command.Id);
        if (review.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Impact review");
        }
        if (review.FollowOnNeedId is { } existing)
        {
            var title = (await needs.FindAsync(existing, cancellationToken))?.Title;
            throw new StateConflictException($"A second phase was already started from this impact review: \u201c{title}\u201d.");
        }

        // Needs identification writes the need in this request's transaction, so the need and the link commit together.
        var needId = await needs.CreateFollowOnAsync(
            new FollowOnNeed(review.NeedId, review.LearnerId, command.Title, command.LearningOutcomes, command.PerformanceImprovement, command.Priority),
            currentUser.PersonId, cancellationToken);
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(LinkSql, new { review.Id, NeedId = needId, Now = clock.GetUtcNow(), review.Version },
                session.Transaction, cancellationToken: cancellationToken)) == 0)
        {
            throw new ConcurrencyConflictException("Impact review");
        }
        return await reads.FindAsync(review.Id, cancellationToken) ?? throw new NotFoundException("Impact review", review.Id);
    }
}
