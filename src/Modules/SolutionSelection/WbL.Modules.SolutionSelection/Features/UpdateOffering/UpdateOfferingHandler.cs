using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.UpdateOffering;

internal sealed class UpdateOfferingHandler(IDbSession session, TimeProvider clock) : ICommandHandler<UpdateOfferingCommand, OfferingResponse>
{
    private const string UpdateSql = """
        UPDATE ss_offerings
        SET title = @Title, solution_type = @SolutionType, accredited = @Accredited, qualification = @Qualification, duration = @Duration,
            cost = @Cost, delivery_mode = @DeliveryMode, active = @Active, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<OfferingResponse> Handle(UpdateOfferingCommand command, CancellationToken cancellationToken)
    {
        var current = await Offerings.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Offering", command.Id);
        var solutionType = await SolutionTypes.UsableCodeAsync(session, command.SolutionType, current.SolutionType, cancellationToken);

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            Title = command.Title.Trim(),
            SolutionType = solutionType,
            Accredited = command.Accredited!.Value,
            Qualification = TextFields.Blank(command.Qualification),
            Duration = command.Duration.Trim(),
            Cost = command.Cost!.Value,
            command.DeliveryMode,
            Active = command.Active!.Value,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Offering");
        }

        var row = await Offerings.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Offering", command.Id);
        return row.ToResponse();
    }
}
