using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.CreateSolutionType;

internal sealed class CreateSolutionTypeHandler(IDbSession session, TimeProvider clock) : ICommandHandler<CreateSolutionTypeCommand, SolutionTypeResponse>
{
    // A new type goes to the end of the list.
    private const string InsertSql = """
        INSERT INTO ss_solution_types (code, name, position, active, version, created_at, updated_at)
        SELECT @Code, @Name, COALESCE(MAX(position), 0) + 1, 1, 1, @Now, @Now FROM ss_solution_types
        """;

    public async ValueTask<SolutionTypeResponse> Handle(CreateSolutionTypeCommand command, CancellationToken cancellationToken)
    {
        if (await SolutionTypes.FindAsync(session, command.Code, cancellationToken) is { } existing)
        {
            throw Validation.Fail("code", $"The code {existing.Code} is already used by '{existing.Name}'.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            command.Code,
            Name = command.Name.Trim(),
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));

        var row = await SolutionTypes.FindAsync(session, command.Code, cancellationToken) ?? throw new NotFoundException("Solution type", command.Code);
        return row.ToResponse();
    }
}
