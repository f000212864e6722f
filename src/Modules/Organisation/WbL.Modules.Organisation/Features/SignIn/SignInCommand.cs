using System.Security.Claims;
using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.SignIn;

[AllowAnonymousRequest]
internal sealed record SignInCommand(string Email, string Password) : ICommand<ClaimsPrincipal>;
