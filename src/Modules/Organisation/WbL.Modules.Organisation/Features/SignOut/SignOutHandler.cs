using Mediator;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Contracts;

namespace WbL.Modules.Organisation.Features.SignOut;

internal sealed class SignOutHandler(IAuthSessions sessions) : ICommandHandler<SignOutCommand>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        await ((AuthSessions)sessions).EndAsync(command.SessionId, cancellationToken);
        return Unit.Value;
    }
}
