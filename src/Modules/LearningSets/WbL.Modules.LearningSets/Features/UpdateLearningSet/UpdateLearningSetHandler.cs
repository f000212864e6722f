using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.UpdateLearningSet;

internal sealed class UpdateLearningSetHandler(IDbSession session, SetReads reads, TimeProvider clock)
    : ICommandHandler<UpdateLearningSetCommand, LearningSetResponse>
{
    private const string UpdateSql = """
        UPDATE als_sets
        SET name = @Name, purpose = @Purpose, meeting_cadence = @MeetingCadence, status = @Status, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<LearningSetResponse> Handle(UpdateLearningSetCommand command, CancellationToken cancellationToken)
    {
        var (set, _) = await reads.ManageableAsync(command.Id, cancellationToken);
        if (set.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Learning set");
        }
        if (set.Status == SetStatuses.Closed)
        {
            throw new StateConflictException("This set is closed; it can no longer be changed.");
        }
        if (SetStatuses.Rank(command.Status) < SetStatuses.Rank(set.Status))
        {
            throw new StateConflictException($"This set is {set.Status}; its status only moves forward (Forming, Running, Closed).");
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            set.Id,
            Name = command.Name.Trim(),
            Purpose = command.Purpose.Trim(),
            MeetingCadence = command.MeetingCadence.Trim(),
            command.Status,
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Learning set");
        }
        return await reads.FindAsync(set.Id, cancellationToken);
    }
}
