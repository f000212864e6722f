using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.UpdateSolutionType;

/// <summary>Retiring a type keeps it on the options and offerings that already use it; it is only no longer offered for new ones.</summary>
internal sealed class UpdateSolutionTypeHandler(IDbSession session, TimeProvider clock) : ICommandHandler<UpdateSolutionTypeCommand, SolutionTypeResponse>
{
    private const string UpdateSql = """
        UPDATE ss_solution_types
        SET name = @Name, active = @Active, version = version + 1, updated_at = @Now
        WHERE code = @Code AND version = @Version
        """;

    public async ValueTask<SolutionTypeResponse> Handle(UpdateSolutionTypeCommand command, CancellationToken cancellationToken)
    {
        var current = await SolutionTypes.FindAsync(session, command.Code, cancellationToken) ?? throw new NotFoundException("Solution type", command.Code);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            current.Code,
            Name = command.Name.Trim(),
            Active = command.Active!.Value,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Solution type");
        }

        var row = await SolutionTypes.FindAsync(session, current.Code, cancellationToken) ?? throw new NotFoundException("Solution type", current.Code);
        return row.ToResponse();
    }
}
