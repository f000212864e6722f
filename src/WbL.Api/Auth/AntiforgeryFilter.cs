using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;

namespace WbL.Api.Auth;

/// <summary>
/// ASP.NET Core's antiforgery middleware only checks form-bound endpoints; our endpoints take
/// JSON (or nothing, like DELETE), so every unsafe method is checked here instead.
/// An endpoint opts out with <c>.DisableAntiforgery()</c> (only sign-in does).
/// </summary>
internal sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var optedOut = http.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false };
        if (!optedOut && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !HttpMethods.IsOptions(http.Request.Method) && !HttpMethods.IsTrace(http.Request.Method))
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        return await next(context);
    }
}
