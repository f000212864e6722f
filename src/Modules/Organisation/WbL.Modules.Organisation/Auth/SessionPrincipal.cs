using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Auth;

internal static class SessionPrincipal
{
    public static ClaimsPrincipal Create(Guid sessionId, SignedInPerson person)
    {
        var claims = new List<Claim>
        {
            new(WblClaimTypes.SessionId, sessionId.ToString()),
            new(WblClaimTypes.PersonId, person.Id.ToString()),
            new(WblClaimTypes.Email, person.Email),
            new(WblClaimTypes.DisplayName, person.DisplayName),
        };
        claims.AddRange(person.EffectiveRoles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, WblClaimTypes.DisplayName, ClaimTypes.Role));
    }
}

/// <summary>The signed-in person with the roles in force right now.</summary>
internal sealed record SignedInPerson(Guid Id, string Email, string DisplayName, IReadOnlyList<string> GrantedRoles, bool IsManager)
{
    public IReadOnlyList<string> EffectiveRoles =>
        [Roles.Learner, .. IsManager ? [Roles.Manager] : Array.Empty<string>(), .. GrantedRoles];
}
