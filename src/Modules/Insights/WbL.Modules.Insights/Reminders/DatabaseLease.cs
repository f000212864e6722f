using System.Data.Common;
using Dapper;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Insights.Reminders;

/// <summary>
/// A named lease in <c>ins_leases</c>: whoever holds an unexpired lease runs the work, everyone else skips it. Taking it is
/// one conditional statement, so two instances racing for it cannot both win; a holder that dies lets it lapse.
/// </summary>
internal sealed class DatabaseLease(IDbSession session, TimeProvider clock)
{
    // Taken over when it has lapsed, or extended by its own holder.
    private const string TakeSql = """
        UPDATE ins_leases SET holder = @Holder, expires_at = @ExpiresAt
        WHERE name = @Name AND (holder = @Holder OR expires_at <= @Now)
        """;

    private const string CreateSql = """
        INSERT INTO ins_leases (name, holder, expires_at)
        SELECT @Name, @Holder, @ExpiresAt
        WHERE NOT EXISTS (SELECT 1 FROM ins_leases WHERE name = @Name)
        """;

    private const string RenewSql = "UPDATE ins_leases SET expires_at = @ExpiresAt WHERE name = @Name AND holder = @Holder AND expires_at > @Now";

    private const string ReleaseSql = "DELETE FROM ins_leases WHERE name = @Name AND holder = @Holder";

    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var parameters = new { Name = name, Holder = holder, Now = now, ExpiresAt = now + duration };
        var connection = await session.ConnectionAsync(cancellationToken);
        if (await connection.ExecuteAsync(new CommandDefinition(TakeSql, parameters, cancellationToken: cancellationToken)) == 1)
        {
            return true;
        }
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(CreateSql, parameters, cancellationToken: cancellationToken)) == 1;
        }
        catch (DbException)
        {
            // Another instance inserted the first lease row between our two statements: the primary key refused ours.
            return false;
        }
    }

    /// <summary>Extends a lease still held; false when it lapsed and someone else may have taken it.</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(RenewSql, new { Name = name, Holder = holder, Now = now, ExpiresAt = now + duration },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseSql, new { Name = name, Holder = holder }, cancellationToken: cancellationToken));
    }
}
