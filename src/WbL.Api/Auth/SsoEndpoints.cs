using Microsoft.AspNetCore.Authentication;

namespace WbL.Api.Auth;

public sealed record SignInOptionsResponse(bool Password, bool SingleSignOn);

/// <summary>
/// Enterprise single sign-on through OpenID Connect, on when Auth:Oidc:Authority is set.
/// The identity provider proves the e-mail; the person must already exist and be active.
/// </summary>
internal static class SsoEndpoints
{
    public static void MapSsoEndpoints(this RouteGroupBuilder api, IConfiguration configuration)
    {
        var enabled = !string.IsNullOrWhiteSpace(configuration["Auth:Oidc:Authority"]);

        api.MapGet("/auth/options", () => TypedResults.Ok(new SignInOptionsResponse(Password: true, SingleSignOn: enabled)))
            .WithTags("Auth")
            .WithName("GetSignInOptions")
            .WithSummary("How people may sign in here: password, and single sign-on when configured.")
            .AllowAnonymous();

        api.MapGet("/auth/oidc/login", (string? returnUrl) =>
            {
                if (!enabled)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Single sign-on is not configured.");
                }
                // Only local paths: an open redirect would let a phishing link bounce through our domain.
                var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
                return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [AuthSetup.OidcScheme]);
            })
            .WithTags("Auth")
            .WithName("SignInWithSso")
            .WithSummary("Starts single sign-on with the organisation's identity provider (404 when not configured).")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
