using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using WbL.SharedKernel.Authorization;
using WbL.SharedKernel.Errors;

namespace WbL.SharedKernel.Behaviors;

/// <summary>
/// Checks what the request declares — a role, the person whose records it touches, or the
/// record itself — before the handler runs, so handlers never re-code the reporting-line rule.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(
    ICurrentUser currentUser,
    IPersonAccessPolicy accessPolicy,
    IEnumerable<IRecordSubjects> recordSubjects,
    RequestAccess requestAccess)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>?> RequiredRoles = new();

    private static readonly ConcurrentDictionary<Type, bool> AnonymousAllowed = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // The endpoint group already demands a session; this keeps a request safe even if an endpoint forgets it.
        if (!currentUser.IsAuthenticated && !AnonymousAllowed.GetOrAdd(typeof(TMessage), static type => type.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null))
        {
            throw new SignInRequiredException();
        }

        var roles = RequiredRoles.GetOrAdd(typeof(TMessage), static type => type.GetCustomAttribute<RequiresRoleAttribute>()?.Roles);
        if (roles is not null && (!currentUser.IsAuthenticated || !roles.Any(currentUser.IsInRole)))
        {
            throw new ForbiddenException();
        }

        switch (message)
        {
            case IRequestAboutPerson about:
                await CheckAsync("Person", about.SubjectPersonId, new RecordSubject(about.SubjectPersonId, Confidential: false), about.RequiredAccess, cancellationToken);
                break;
            case IRequestAboutRecord record:
                var subjects = recordSubjects.SingleOrDefault(candidate => candidate.RecordType == record.RecordType)
                    ?? throw new InvalidOperationException($"No module resolves records of type {record.RecordType}.");
                var subject = await subjects.FindAsync(record.RecordId, cancellationToken);
                await CheckAsync(record.RecordType, record.RecordId, subject, record.RequiredAccess, cancellationToken);
                break;
        }

        return await next(message, cancellationToken);
    }

    private async ValueTask CheckAsync(string entity, Guid id, RecordSubject? subject, PersonAccess required, CancellationToken cancellationToken)
    {
        if (subject is null || !currentUser.IsAuthenticated)
        {
            throw new NotFoundException(entity, id);
        }
        var access = await accessPolicy.GetAccessAsync(currentUser.PersonId, subject.PersonId, cancellationToken);
        if (access == PersonAccess.None && subject.AlsoReadableBy?.Contains(currentUser.PersonId) == true)
        {
            access = PersonAccess.Read;
        }
        var close = (access & (PersonAccess.Own | PersonAccess.Manage) & ~PersonAccess.Read) != 0;
        if ((access & PersonAccess.Read) == 0 || (subject.Confidential && !close))
        {
            // Outside the reporting line the record does not exist for this caller.
            throw new NotFoundException(entity, id);
        }
        if ((access & required) != required)
        {
            // Visible, but this action belongs to someone else in the line (e.g. the line manager).
            throw new ForbiddenException();
        }
        requestAccess.Access = access;
        requestAccess.SubjectPersonId = subject.PersonId;
    }
}
