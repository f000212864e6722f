using Dapper;
using Mediator;
using WbL.Modules.NeedsIdentification.Access;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

internal sealed class CreateBusinessNeedHandler(
    IDbSession session, IOrganisationDirectory directory, BusinessNeedScopes scopes, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<CreateBusinessNeedCommand, BusinessNeedResponse>
{
    internal const string InsertSql = """
        INSERT INTO ni_business_needs (id, org_unit_id, organisation_id, title, business_objective, measure_name, measure_unit,
            baseline_value, target_value, priority, period_start, period_end, status, created_by, updated_by, version, created_at, updated_at)
        VALUES (@Id, @OrgUnitId, @OrganisationId, @Title, @BusinessObjective, @MeasureName, @MeasureUnit,
            @BaselineValue, @TargetValue, @Priority, @PeriodStart, @PeriodEnd, 'Open', @By, @By, 1, @Now, @Now)
        """;

    public async ValueTask<BusinessNeedResponse> Handle(CreateBusinessNeedCommand command, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForCallerAsync(cancellationToken);
        var unit = await directory.FindUnitAsync(command.OrgUnitId, cancellationToken);
        if (unit is null || !scope.CanRead(unit.Id))
        {
            throw Validation.Fail("orgUnitId", "Choose a unit you belong to or lead.");
        }
        if (!scope.CanWrite(unit.Id))
        {
            throw new ForbiddenException("Business needs for this unit are written by its managers and HR.");
        }

        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            command.OrgUnitId,
            unit.OrganisationId,
            Title = command.Title.Trim(),
            BusinessObjective = command.BusinessObjective.Trim(),
            MeasureName = command.MeasureName.Trim(),
            MeasureUnit = command.MeasureUnit.Trim(),
            BaselineValue = command.BaselineValue!.Value,
            TargetValue = command.TargetValue!.Value,
            command.Priority,
            PeriodStart = command.PeriodStart!.Value,
            PeriodEnd = command.PeriodEnd!.Value,
            By = currentUser.PersonId,
            Now = clock.GetUtcNow(),
        }, session.Transaction, cancellationToken: cancellationToken));

        var row = await BusinessNeeds.FindAsync(session, id, cancellationToken) ?? throw new NotFoundException("Business need", id);
        return row.ToResponse(unit.Name, canEdit: true);
    }
}
