namespace WbL.SharedKernel.Authorization;

/// <summary>A request that only holders of one of the named roles may send; others get 403.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>
/// A request about one person's development records. The authorization behavior checks the
/// caller against the reporting line before the handler runs; callers outside the line get
/// 404 so that they cannot even learn the record exists.
/// </summary>
public interface IRequestAboutPerson
{
    Guid SubjectPersonId { get; }

    PersonAccess RequiredAccess { get; }
}

/// <summary>A request anyone signed in may send (e.g. reading the organisation chart).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnySignedInUserAttribute : Attribute;

/// <summary>A request that needs no signed-in user (signing in).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;

/// <summary>
/// A request about one development record, known only by its id. The owning module resolves
/// whose record it is (<see cref="IRecordSubjects"/>); the authorization behavior then applies
/// the same reporting-line rule as for <see cref="IRequestAboutPerson"/>.
/// </summary>
public interface IRequestAboutRecord
{
    string RecordType { get; }

    Guid RecordId { get; }

    PersonAccess RequiredAccess { get; }
}

/// <summary>
/// Whose record this is; confidential records (private aspirations) are hidden from read-only viewers.
/// A few records name readers outside the reporting line (a contract's mentor): they may read, never change.
/// </summary>
public sealed record RecordSubject(Guid PersonId, bool Confidential, IReadOnlyCollection<Guid>? AlsoReadableBy = null);

/// <summary>Implemented by the module that owns a record type, so that access is checked before its handler runs.</summary>
public interface IRecordSubjects
{
    string RecordType { get; }

    ValueTask<RecordSubject?> FindAsync(Guid recordId, CancellationToken cancellationToken);
}

/// <summary>
/// What the caller may do with the person the current request is about, as the authorization
/// behavior found it; handlers read it for rules that depend on the record's state.
/// </summary>
public sealed class RequestAccess
{
    public PersonAccess Access { get; set; }

    public Guid? SubjectPersonId { get; set; }

    public bool IsOwner => (Access & PersonAccess.Own) == PersonAccess.Own;

    public bool IsManager => (Access & PersonAccess.Manage) == PersonAccess.Manage;

    /// <summary>The learner or their line manager: the only people who see a private aspiration.</summary>
    public bool IsClose => IsOwner || IsManager;
}
