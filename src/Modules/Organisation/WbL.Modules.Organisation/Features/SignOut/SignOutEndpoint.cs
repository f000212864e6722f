using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Http;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.SignOut;

internal sealed class SignOutEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/logout", async (ISender sender, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (Guid.TryParse(http.User.FindFirstValue(WblClaimTypes.SessionId), out var sessionId))
                {
                    // Ending the session server-side makes a copied cookie worthless from now on.
                    await sender.Send(new SignOutCommand(sessionId), cancellationToken);
                }
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                AntiforgeryCookie.Remove(http);
                return TypedResults.NoContent();
            })
            .WithTags("Auth")
            .WithName("SignOut")
            .WithSummary("Sign out: ends the server-side session.");
}
