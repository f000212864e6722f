namespace WbL.SharedKernel.Audit;

/// <summary>
/// One change as the audit trail keeps it: who made it (null for the system or an anonymous caller), what it was called,
/// the record it changed and whom that record is about, the values it was given (secrets redacted) and whether those
/// values hold something confidential (a private aspiration) that only the person concerned may read back.
/// </summary>
public sealed record AuditEntry(
    Guid? ActorPersonId,
    string Action,
    string RecordType,
    Guid? RecordId,
    Guid? SubjectPersonId,
    string Changes,
    bool Confidential = false);

/// <summary>
/// Writes audit entries. Implemented by the Audit module; every command passes through <see cref="Behaviors.AuditBehavior{TMessage, TResponse}"/>,
/// and background work that changes records (the clock, contract events) writes its own entries.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Appends the entry in the session's current transaction, with the current correlation id. Throws when no transaction
    /// is open: an entry must commit or roll back with the change it describes.
    /// </summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}

/// <summary>
/// A command that changes nothing durable (signing in or out only keeps the session store) and so leaves no audit entry.
/// The reason is required, and an architecture test lists every command that is neither audited nor carries one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

/// <summary>
/// A command whose values may hold confidential content (a private aspiration, readable only by the learner and their
/// line manager). Its entry keeps the values, but the audit trail shows them only to the person they are about.
/// </summary>
public interface ICarriesConfidentialContent
{
    bool CarriesConfidentialContent { get; }
}
