using Dapper;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.LearningSets.Features.RecordOneToOne;

internal sealed class RecordOneToOneHandler(IDbSession session, SetReads sets, OneToOneReads oneToOnes, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RecordOneToOneCommand, OneToOneResponse>
{
    private const string VersionSql = "SELECT version FROM als_one_to_ones WHERE set_id = @SetId AND member_id = @MemberId";

    private const string InsertSql = """
        INSERT INTO als_one_to_ones (set_id, member_id, held_on, development_project, reframed_project, notes, recorded_by, version, created_at, updated_at)
        VALUES (@SetId, @MemberId, @HeldOn, @DevelopmentProject, @ReframedProject, @Notes, @RecordedBy, 1, @Now, @Now)
        """;

    private const string UpdateSql = """
        UPDATE als_one_to_ones
        SET held_on = @HeldOn, development_project = @DevelopmentProject, reframed_project = @ReframedProject, notes = @Notes,
            recorded_by = @RecordedBy, version = version + 1, updated_at = @Now
        WHERE set_id = @SetId AND member_id = @MemberId AND version = @Version
        """;

    public async ValueTask<OneToOneResponse> Handle(RecordOneToOneCommand command, CancellationToken cancellationToken)
    {
        var (set, members) = await sets.ManageableAsync(command.SetId, cancellationToken);
        if (!members.Contains(command.MemberId))
        {
            throw new NotFoundException("Member of the learning set", command.MemberId);
        }
        if (set.Status == SetStatuses.Closed)
        {
            throw new StateConflictException("This set is closed; its one-to-ones no longer change.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var stored = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(VersionSql, new { SetId = set.Id, command.MemberId },
            session.Transaction, cancellationToken: cancellationToken));
        if (stored != (command.Version == 0 ? null : command.Version))
        {
            throw new ConcurrencyConflictException("One-to-one");
        }
        var values = new
        {
            SetId = set.Id,
            command.MemberId,
            command.HeldOn,
            DevelopmentProject = command.DevelopmentProject.Trim(),
            ReframedProject = command.ReframedProject.Trim(),
            Notes = command.Notes.Trim(),
            RecordedBy = currentUser.PersonId,
            command.Version,
            Now = clock.GetUtcNow(),
        };
        var written = await connection.ExecuteAsync(new CommandDefinition(stored is null ? InsertSql : UpdateSql, values, session.Transaction, cancellationToken: cancellationToken));
        if (written == 0)
        {
            throw new ConcurrencyConflictException("One-to-one");
        }
        return await oneToOnes.FindAsync(set, command.MemberId, cancellationToken);
    }
}
