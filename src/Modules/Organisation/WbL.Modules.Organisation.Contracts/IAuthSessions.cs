using System.Security.Claims;

namespace WbL.Modules.Organisation.Contracts;

/// <summary>
/// Server-side sign-in sessions. The host's cookie handler asks on every request whether the
/// session behind a cookie is still alive, so sign-out and deactivation take effect at once.
/// </summary>
public interface IAuthSessions
{
    /// <summary>A fresh principal (current roles) for a live session, or null when it ended.</summary>
    ValueTask<ClaimsPrincipal?> RefreshAsync(ClaimsPrincipal cookiePrincipal, CancellationToken cancellationToken);

    /// <summary>Starts a session for an active person found by e-mail (single sign-on); null when none matches.</summary>
    ValueTask<ClaimsPrincipal?> StartForEmailAsync(string email, CancellationToken cancellationToken);
}
