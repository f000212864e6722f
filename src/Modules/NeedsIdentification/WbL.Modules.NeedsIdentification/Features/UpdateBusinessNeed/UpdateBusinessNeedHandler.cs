using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Access;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.UpdateBusinessNeed;

internal sealed class UpdateBusinessNeedHandler(
    IDbSession session, IOrganisationDirectory directory, BusinessNeedScopes scopes, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdateBusinessNeedCommand, BusinessNeedResponse>
{
    private const string UpdateSql = """
        UPDATE ni_business_needs
        SET title = @Title, business_objective = @BusinessObjective, measure_name = @MeasureName, measure_unit = @MeasureUnit,
            baseline_value = @BaselineValue, target_value = @TargetValue, priority = @Priority,
            period_start = @PeriodStart, period_end = @PeriodEnd, status = @Status,
            updated_by = @By, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<BusinessNeedResponse> Handle(UpdateBusinessNeedCommand command, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForCallerAsync(cancellationToken);
        var current = await BusinessNeeds.FindAsync(session, command.Id, cancellationToken);
        if (current is null || !scope.CanRead(current.OrgUnitId))
        {
            throw new NotFoundException("Business need", command.Id);
        }
        if (!scope.CanWrite(current.OrgUnitId))
        {
            throw new ForbiddenException("Business needs for this unit are written by its managers and HR.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql, new
        {
            command.Id,
            Title = command.Title.Trim(),
            BusinessObjective = command.BusinessObjective.Trim(),
            MeasureName = command.MeasureName.Trim(),
            MeasureUnit = command.MeasureUnit.Trim(),
            BaselineValue = command.BaselineValue!.Value,
            TargetValue = command.TargetValue!.Value,
            command.Priority,
            PeriodStart = command.PeriodStart!.Value,
            PeriodEnd = command.PeriodEnd!.Value,
            command.Status,
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
            command.Version,
        }, session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Business need");
        }

        var row = await BusinessNeeds.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Business need", command.Id);
        var unit = await directory.FindUnitAsync(row.OrgUnitId, cancellationToken);
        return row.ToResponse(unit?.Name ?? "", canEdit: true);
    }
}
