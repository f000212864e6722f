using System.Security.Claims;
using Mediator;
using WbL.Modules.Organisation.Auth;
using WbL.Modules.Organisation.Contracts;
using WbL.SharedKernel.Data;
using WbL.SharedKernel.Errors;

namespace WbL.Modules.Organisation.Features.SignIn;

internal sealed class SignInHandler(IDbSession session, PasswordHashing passwords, IAuthSessions sessions)
    : ICommandHandler<SignInCommand, ClaimsPrincipal>
{
    public async ValueTask<ClaimsPrincipal> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var found = await PersonLookup.ByEmailAsync(session, command.Email, cancellationToken);
        if (!passwords.Verify(found?.PasswordHash, command.Password) || found is null)
        {
            throw new SignInFailedException();
        }
        var sessionId = await ((AuthSessions)sessions).StartAsync(found.Value.Person.Id, cancellationToken);
        return SessionPrincipal.Create(sessionId, found.Value.Person);
    }
}
