using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Errors;

namespace WbL.SharedKernel.Behaviors;

/// <summary>
/// Checks what the request declares — a role, or the person whose records it touches —
/// before the handler runs, so handlers never re-code access rules.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser, IPersonAccessPolicy accessPolicy)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>?> RequiredRoles = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var roles = RequiredRoles.GetOrAdd(typeof(TMessage), static type => type.GetCustomAttribute<RequiresRoleAttribute>()?.Roles);
        if (roles is not null && (!currentUser.IsAuthenticated || !roles.Any(currentUser.IsInRole)))
        {
            throw new ForbiddenException();
        }

        if (message is IRequestAboutPerson about)
        {
            if (!currentUser.IsAuthenticated)
            {
                throw new NotFoundException("Person", about.SubjectPersonId);
            }
            var access = await accessPolicy.GetAccessAsync(currentUser.PersonId, about.SubjectPersonId, cancellationToken);
            if ((access & about.RequiredAccess) != about.RequiredAccess)
            {
                // Outside the reporting line the record does not exist for this caller.
                throw new NotFoundException("Person", about.SubjectPersonId);
            }
        }

        return await next(message, cancellationToken);
    }
}
