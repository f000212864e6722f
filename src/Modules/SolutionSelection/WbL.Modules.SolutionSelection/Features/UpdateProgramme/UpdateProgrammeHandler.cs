using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.Modules.SolutionSelection.Features.CreateProgramme;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.UpdateProgramme;

internal sealed class UpdateProgrammeHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, TimeProvider clock)
    : ICommandHandler<UpdateProgrammeCommand, ProgrammeResponse>
{
    private const string UpdateSql = """
        UPDATE ss_programmes
        SET title = @Title, offering_id = @OfferingId, cost_per_head = @CostPerHead, total_cost = @TotalCost, status = @Status,
            managers_consulted = @ManagersConsulted, notes = @Notes, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ProgrammeResponse> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var current = await Programmes.FindRowAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Corporate programme", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Corporate programme");
        }
        if (ProgrammeStatuses.All.ToList().IndexOf(command.Status) < ProgrammeStatuses.All.ToList().IndexOf(current.Status))
        {
            throw new StateConflictException($"A programme moves forward: proposed → procuring → running → completed; it is already {current.Status.ToLowerInvariant()}.");
        }
        await ProgrammeChecks.CheckAsync(session, directory, command, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            Title = command.Title.Trim(),
            command.OfferingId,
            CostPerHead = command.CostPerHead!.Value,
            command.TotalCost,
            command.Status,
            ManagersConsulted = Programmes.SerialiseManagers(command.ManagersConsulted),
            Notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(),
            command.Version,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Corporate programme");
        }
        return await Programmes.FindAsync(session, dialect, directory, command.Id, cancellationToken) ?? throw new NotFoundException("Corporate programme", command.Id);
    }
}
