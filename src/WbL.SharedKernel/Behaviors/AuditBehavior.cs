using System.Reflection;
using Mediator;
using WbL.SharedKernel.Audit;
using WbL.SharedKernel.Authorization;

namespace WbL.SharedKernel.Behaviors;

/// <summary>
/// Writes an audit entry for every command that succeeded, inside the command's transaction: the entry commits with the
/// change or rolls back with it. Runs innermost, after the handler, so that a created record's id is known. A command
/// needs no code to be audited; one that changes nothing durable says so with <see cref="NotAuditedAttribute"/>.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    IAuditTrail trail,
    ICurrentUser currentUser,
    RequestAccess requestAccess,
    IEnumerable<IRecordSubjects> recordSubjects)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    private static readonly bool Audited = typeof(TMessage).GetCustomAttribute<NotAuditedAttribute>() is null;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Read before the handler runs: a request the handler sends may overwrite what the authorization behavior found.
        Guid? authorizedSubject = message is IRequestAboutRecord or IRequestAboutPerson ? requestAccess.SubjectPersonId : null;
        var response = await next(message, cancellationToken);
        if (!Audited)
        {
            return response;
        }

        var record = AuditedRecord.Of(message, response);
        var subject = record.Id is { } id && recordSubjects.FirstOrDefault(candidate => candidate.RecordType == record.SubjectsType) is { } subjects
            ? await subjects.FindAsync(id, cancellationToken)
            : null;
        var confidential = subject?.Confidential == true || message is ICarriesConfidentialContent { CarriesConfidentialContent: true };
        await trail.RecordAsync(new AuditEntry(
            currentUser.IsAuthenticated ? currentUser.PersonId : null,
            AuditedRecord.ActionOf(typeof(TMessage)),
            record.Type,
            record.Id,
            subject?.PersonId ?? authorizedSubject,
            AuditChanges.Of(message),
            confidential), cancellationToken);
        return response;
    }
}
