using System.Security.Claims;
using Dapper;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Data;

namespace WbL.Modules.Organisation.Auth;

internal sealed class AuthSessions(IDbSession session, TimeProvider clock, SessionSettings settings) : IAuthSessions
{
    private const string LiveSessionSql = """
        SELECT person_id FROM org_sessions
        WHERE id = @SessionId AND revoked_at IS NULL AND expires_at > @Now
        """;

    private const string InsertSessionSql = """
        INSERT INTO org_sessions (id, person_id, created_at, expires_at, revoked_at)
        VALUES (@Id, @PersonId, @Now, @ExpiresAt, NULL)
        """;

    private const string RevokeSql = "UPDATE org_sessions SET revoked_at = @Now WHERE id = @SessionId AND revoked_at IS NULL";

    public async ValueTask<ClaimsPrincipal?> RefreshAsync(ClaimsPrincipal cookiePrincipal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(cookiePrincipal.FindFirstValue(WblClaimTypes.SessionId), out var sessionId))
        {
            return null;
        }
        var connection = await session.ConnectionAsync(cancellationToken);
        var personId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            LiveSessionSql, new { SessionId = sessionId, Now = clock.GetUtcNow() }, session.Transaction, cancellationToken: cancellationToken));
        if (personId is null)
        {
            return null;
        }
        // An inactive person has no live sessions: the lookup only finds active people.
        var person = await PersonLookup.ByIdAsync(session, personId.Value, cancellationToken);
        return person is null ? null : SessionPrincipal.Create(sessionId, person.Value.Person);
    }

    public async ValueTask<ClaimsPrincipal?> StartForEmailAsync(string email, CancellationToken cancellationToken)
    {
        var person = await PersonLookup.ByEmailAsync(session, email, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var sessionId = await StartAsync(person.Value.Person.Id, cancellationToken);
        return SessionPrincipal.Create(sessionId, person.Value.Person);
    }

    public async Task<Guid> StartAsync(Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertSessionSql, new { Id = id, PersonId = personId, Now = now, ExpiresAt = now + settings.Lifetime }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            RevokeSql, new { SessionId = sessionId, Now = clock.GetUtcNow() }, session.Transaction, cancellationToken: cancellationToken));
    }
}
