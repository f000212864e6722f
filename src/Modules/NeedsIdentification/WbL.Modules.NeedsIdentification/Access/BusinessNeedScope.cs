using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.NeedsIdentification.Access;

/// <summary>
/// Which units' business needs the caller may read and write. All staff of a unit read its
/// needs and those of the units above it; a manager leads their own unit and the units below
/// it, so writes there; HR reads and writes everywhere and Admin reads everywhere.
/// </summary>
internal sealed record BusinessNeedScope(bool ReadsAll, bool WritesAll, IReadOnlySet<Guid> Readable, IReadOnlySet<Guid> Writable)
{
    public bool CanRead(Guid unitId) => ReadsAll || Readable.Contains(unitId);

    public bool CanWrite(Guid unitId) => WritesAll || Writable.Contains(unitId);
}

internal sealed class BusinessNeedScopes(IOrganisationDirectory directory, ICurrentUser currentUser)
{
    public async ValueTask<BusinessNeedScope> ForCallerAsync(CancellationToken cancellationToken)
    {
        var isHr = currentUser.IsInRole(Roles.HR);
        if (isHr || currentUser.IsInRole(Roles.Admin))
        {
            return new BusinessNeedScope(ReadsAll: true, WritesAll: isHr, new HashSet<Guid>(), new HashSet<Guid>());
        }
        var me = await directory.FindPersonAsync(currentUser.PersonId, cancellationToken);
        if (me is null)
        {
            return new BusinessNeedScope(false, false, new HashSet<Guid>(), new HashSet<Guid>());
        }
        var readable = new HashSet<Guid>(await directory.UnitAndAncestorsAsync(me.OrgUnitId, cancellationToken));
        var writable = new HashSet<Guid>();
        if ((await directory.DirectReportsAsync(me.Id, cancellationToken)).Count > 0)
        {
            writable.UnionWith(await directory.UnitAndDescendantsAsync(me.OrgUnitId, cancellationToken));
            readable.UnionWith(writable);
        }
        return new BusinessNeedScope(false, false, readable, writable);
    }
}
