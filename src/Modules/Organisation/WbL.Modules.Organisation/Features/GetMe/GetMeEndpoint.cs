using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Http;
using WbL.SharedKernel.Modules;

namespace WbL.Modules.Organisation.Features.GetMe;

internal sealed class GetMeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/auth/me", async (ISender sender, ICurrentUser currentUser, HttpContext http, CancellationToken cancellationToken) =>
            {
                var me = await sender.Send(new GetMeQuery(currentUser.PersonId), cancellationToken);
                // The SPA asks "who am I" on every load: a good moment to refresh its antiforgery token.
                AntiforgeryCookie.Issue(http);
                return TypedResults.Ok(me);
            })
            .WithTags("Auth")
            .WithName("GetMe")
            .WithSummary("The signed-in person, with the roles in force now.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
