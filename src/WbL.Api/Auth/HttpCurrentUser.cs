using System.Security.Claims;
using WbL.SharedKernel.Authorization;

namespace WbL.Api.Auth;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true && User.FindFirst(WblClaimTypes.PersonId) is not null;

    public Guid PersonId => IsAuthenticated
        ? Guid.Parse(User!.FindFirstValue(WblClaimTypes.PersonId)!)
        : throw new InvalidOperationException("Nobody is signed in.");

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}
