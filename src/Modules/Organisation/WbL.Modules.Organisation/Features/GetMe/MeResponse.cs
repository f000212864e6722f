using System.Security.Claims;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.GetMe;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsManager)
{
    internal static MeResponse From(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToList();
        return new MeResponse(
            Guid.Parse(principal.FindFirstValue(WblClaimTypes.PersonId)!),
            principal.FindFirstValue(WblClaimTypes.Email) ?? "",
            principal.FindFirstValue(WblClaimTypes.DisplayName) ?? "",
            roles,
            roles.Contains(SharedKernel.Authorization.Roles.Manager));
    }
}
