using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.SignOut;

[AllowAnySignedInUser]
internal sealed record SignOutCommand(Guid SessionId) : ICommand;
