using Dapper;
using Mediator;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.CreateProgramme;

internal sealed class CreateProgrammeHandler(IDbSession session, ISqlDialect dialect, IOrganisationDirectory directory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateProgrammeCommand, ProgrammeResponse>
{
    private const string InsertSql = """
        INSERT INTO ss_programmes (id, title, competency_tag, offering_id, cost_per_head, total_cost, status, managers_consulted, notes, created_by, version, created_at, updated_at)
        VALUES (@Id, @Title, @CompetencyTag, @OfferingId, @CostPerHead, @TotalCost, 'Proposed', @ManagersConsulted, @Notes, @By, 1, @Now, @Now)
        """;

    public async ValueTask<ProgrammeResponse> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        await ProgrammeChecks.CheckAsync(session, directory, command, cancellationToken);
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            Title = command.Title.Trim(),
            CompetencyTag = string.Join(' ', command.CompetencyTag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(),
            command.OfferingId,
            CostPerHead = command.CostPerHead!.Value,
            command.TotalCost,
            ManagersConsulted = Programmes.SerialiseManagers(command.ManagersConsulted),
            Notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(),
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return await Programmes.FindAsync(session, dialect, directory, id, cancellationToken) ?? throw new NotFoundException("Corporate programme", id);
    }
}
