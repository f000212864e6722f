using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.Modules.Organisation.Features.GetMe;
using WbL.SharedKernel.Http;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.SignIn;

public sealed record SignInRequest(string Email, string Password);

internal sealed class SignInEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/login", async (SignInRequest body, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
            {
                var principal = await sender.Send(new SignInCommand(body.Email ?? "", body.Password ?? ""), cancellationToken);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
                // The antiforgery token is bound to the user, so issue one for the new principal now.
                http.User = principal;
                AntiforgeryCookie.Issue(http);
                return TypedResults.Ok(MeResponse.From(principal));
            })
            .WithTags("Auth")
            .WithName("SignIn")
            .WithSummary("Sign in with e-mail and password; sets the session cookie and the XSRF-TOKEN cookie.")
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
