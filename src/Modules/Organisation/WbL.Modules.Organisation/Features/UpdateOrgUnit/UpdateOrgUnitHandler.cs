using Dapper;
using Mediator;
using WbL.Modules.Organisation.Features.CreateOrgUnit;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.UpdateOrgUnit;

internal sealed class UpdateOrgUnitHandler(IDbSession session, TimeProvider clock) : ICommandHandler<UpdateOrgUnitCommand, OrgUnitResponse>
{
    private const string UpdateSql = """
        UPDATE org_units
        SET name = @Name, kind = @Kind, parent_id = @ParentId, version = version + 1, updated_at = @Now
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<OrgUnitResponse> Handle(UpdateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var current = await OrgUnits.FindAsync(session, command.Id, cancellationToken) ?? throw new NotFoundException("Org unit", command.Id);
        if (current.Version != command.Version)
        {
            throw new ConcurrencyConflictException("Org unit");
        }
        await ParentCheck.EnsureValidAsync(session, command.Kind, command.ParentId, cancellationToken);
        if (command.ParentId is { } parentId && (await OrgUnits.SelfAndAncestorsAsync(session, parentId, cancellationToken)).Contains(command.Id))
        {
            throw Validation.Fail("parentId", "A unit cannot sit under itself or one of its own sub-units.");
        }

        var connection = await session.ConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(UpdateSql,
            new { command.Id, Name = command.Name.Trim(), command.Kind, command.ParentId, command.Version, Now = clock.GetUtcNow() },
            session.Transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new ConcurrencyConflictException("Org unit");
        }
        return new OrgUnitResponse(command.Id, command.Name.Trim(), command.Kind, command.ParentId, command.Version + 1);
    }
}
