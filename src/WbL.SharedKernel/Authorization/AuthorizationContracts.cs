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
