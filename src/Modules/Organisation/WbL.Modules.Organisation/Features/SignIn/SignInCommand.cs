using System.Security.Claims;
using Mediator;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.SignIn;

[AllowAnonymousRequest]
[NotAudited("Starts a session: the session store keeps when it began, and no record changes.")]
internal sealed record SignInCommand(string Email, string Password) : ICommand<ClaimsPrincipal>;
