using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.ProgressReviews.Features.RespondToIdea;

internal sealed class RespondToIdeaHandler(IDbSession session, IdeaReads reads, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RespondToIdeaCommand, IdeaResponse>
{
    private const string RespondSql = """
        UPDATE pr_ideas
        SET status = @Status, response = @Response, responded_by = @By, responded_at = @Now, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<IdeaResponse> Handle(RespondToIdeaCommand command, CancellationToken cancellationToken)
    {
        var idea = await reads.FindRowAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Idea", command.Id);
        if (idea.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Idea");
        }
        if (!IdeaStatuses.CanMove(idea.Status, command.Decision))
        {
            throw new StateConflictException(IdeaStatuses.Answerable(idea.Status)
                ? $"The idea is already {idea.Status.ToLowerInvariant()}; it can now be reported implemented or declined."
                : $"The idea was {idea.Status.ToLowerInvariant()}; that answer is final.");
        }

        // Words are optional except for a decline; a later answer without words keeps what the manager said before.
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? idea.Response : command.Reason.Trim();
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(RespondSql, new
        {
            command.Id,
            Status = command.Decision,
            Response = reason,
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Idea");
        }
        return await reads.FindAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Idea", command.Id);
    }
}
