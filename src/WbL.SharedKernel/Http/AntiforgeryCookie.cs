using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WbL.SharedKernel.Http;

/// <summary>
/// Hands the SPA its request token in a readable cookie; the SPA echoes it in the
/// X-XSRF-TOKEN header on every unsafe request. The token is bound to the signed-in user,
/// so it is issued again after sign-in.
/// </summary>
public static class AntiforgeryCookie
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public static void Issue(HttpContext http)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
    }

    public static void Remove(HttpContext http) => http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
}

public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
}
