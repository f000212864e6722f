using Dapper;
using Mediator;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.CreateOrgUnit;

internal sealed class CreateOrgUnitHandler(IDbSession session, TimeProvider clock) : ICommandHandler<CreateOrgUnitCommand, OrgUnitResponse>
{
    private const string InsertSql = """
        INSERT INTO org_units (id, name, kind, parent_id, version, created_at, updated_at)
        VALUES (@Id, @Name, @Kind, @ParentId, 1, @Now, @Now)
        """;

    public async ValueTask<OrgUnitResponse> Handle(CreateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        await ParentCheck.EnsureValidAsync(session, command.Kind, command.ParentId, cancellationToken);
        var id = Guid.NewGuid();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new { Id = id, Name = command.Name.Trim(), command.Kind, command.ParentId, Now = clock.GetUtcNow() },
            session.Transaction, cancellationToken: cancellationToken));
        return new OrgUnitResponse(id, command.Name.Trim(), command.Kind, command.ParentId, 1);
    }
}

internal static class ParentCheck
{
    public static async Task EnsureValidAsync(IDbSession session, string kind, Guid? parentId, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return;
        }
        var parent = await OrgUnits.FindAsync(session, parentId.Value, cancellationToken)
            ?? throw Validation.Fail("parentId", "The parent unit does not exist.");
        if (!OrgUnitKinds.MayHaveParent(kind, parent.Kind))
        {
            throw Validation.Fail("parentId", $"A {kind.ToLowerInvariant()} cannot sit under a {parent.Kind.ToLowerInvariant()}.");
        }
    }
}
