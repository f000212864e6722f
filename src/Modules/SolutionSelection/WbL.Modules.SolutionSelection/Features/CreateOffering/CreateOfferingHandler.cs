using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.SolutionSelection.Features.CreateOffering;

internal sealed class CreateOfferingHandler(IDbSession session, TimeProvider clock) : ICommandHandler<CreateOfferingCommand, OfferingResponse>
{
    internal const string InsertSql = """
        INSERT INTO ss_offerings (id, provider_id, title, solution_type, accredited, qualification, duration, cost, delivery_mode,
            active, version, created_at, updated_at)
        VALUES (@Id, @ProviderId, @Title, @SolutionType, @Accredited, @Qualification, @Duration, @Cost, @DeliveryMode,
            @Active, 1, @Now, @Now)
        """;

    public async ValueTask<OfferingResponse> Handle(CreateOfferingCommand command, CancellationToken cancellationToken)
    {
        _ = await Providers.FindAsync(session, command.ProviderId, cancellationToken) ?? throw new NotFoundException("Provider", command.ProviderId);
        var solutionType = await SolutionTypes.UsableCodeAsync(session, command.SolutionType, currentCode: null, cancellationToken);

        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            command.ProviderId,
            Title = command.Title.Trim(),
            SolutionType = solutionType,
            Accredited = command.Accredited!.Value,
            Qualification = TextFields.Blank(command.Qualification),
            Duration = command.Duration.Trim(),
            Cost = command.Cost!.Value,
            command.DeliveryMode,
            Active = command.Active!.Value,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));

        var row = await Offerings.FindAsync(session, id, cancellationToken) ?? throw new NotFoundException("Offering", id);
        return row.ToResponse();
    }
}
