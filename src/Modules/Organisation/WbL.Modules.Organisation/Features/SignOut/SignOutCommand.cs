using Mediator;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Organisation.Features.SignOut;

[AllowAnySignedInUser]
[NotAudited("Ends the caller's session: the session store changes, no record does.")]
internal sealed record SignOutCommand(Guid SessionId) : ICommand;
