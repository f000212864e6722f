using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Http;

namespace WbL.Api.Auth;

internal static class AuthSetup
{
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IServiceCollection AddWblAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        var sessionHours = configuration.GetValue("Wbl:Auth:SessionHours", 10);
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "wbl.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromHours(sessionHours);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    // An API answers with status codes, never with redirects to a login page.
                    OnRedirectToLogin = context => StatusOnly(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => StatusOnly(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = ValidateSessionAsync,
                };
            });

        var authority = configuration["Auth:Oidc:Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                options.Authority = authority;
                options.ClientId = configuration["Auth:Oidc:ClientId"];
                options.ClientSecret = configuration["Auth:Oidc:ClientSecret"];
                options.ResponseType = "code";
                options.UsePkce = true;
                options.Scope.Add("email");
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.CallbackPath = "/api/auth/oidc/callback";
                options.Events = new OpenIdConnectEvents { OnTokenValidated = MapSsoUserAsync };
            });
        }

        services.AddAuthorization();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryCookie.HeaderName;
            options.Cookie.Name = "wbl.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        var attemptsPerMinute = configuration.GetValue("Wbl:Auth:LoginAttemptsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            // The default is 503, which tells clients the server is broken rather than that they must slow down.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many sign-in attempts.", Detail = "Wait a minute and try again." },
                });
            };
        });
        return services;
    }

    private static Task StatusOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sessions live in the database: a cookie whose session was ended (sign-out, deactivation,
    /// password reset) stops working at once. Roles are refreshed from the database each time.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<IAuthSessions>();
        var fresh = context.Principal is null ? null : await sessions.RefreshAsync(context.Principal, context.HttpContext.RequestAborted);
        if (fresh is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.ReplacePrincipal(fresh);
    }

    /// <summary>Single sign-on: the identity provider vouches for the e-mail; we map it to an active person.</summary>
    private static async Task MapSsoUserAsync(TokenValidatedContext context)
    {
        var email = context.Principal?.FindFirstValue(ClaimTypes.Email) ?? context.Principal?.FindFirstValue("email");
        var sessions = context.HttpContext.RequestServices.GetRequiredService<IAuthSessions>();
        var principal = string.IsNullOrWhiteSpace(email) ? null : await sessions.StartForEmailAsync(email, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            context.Fail("No active WbL account has this e-mail address.");
            return;
        }
        context.Principal = principal;
    }
}
