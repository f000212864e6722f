namespace WbL.SharedKernel.Authorization;

/// <summary>
/// What a viewer may do with another person's development records. Flags so that a request
/// can require just reading (any bit set by Read) or specifically the learner or their manager.
/// </summary>
[Flags]
public enum PersonAccess
{
    None = 0,

    /// <summary>Managers further up the line, HR and Admin.</summary>
    Read = 1,

    /// <summary>The person themselves.</summary>
    Own = Read | 2,

    /// <summary>The person's direct line manager.</summary>
    Manage = Read | 4,
}

/// <summary>
/// The one rule for who may see whose development records. Implemented once by the
/// Organisation module (which owns reporting lines) and used by every module through the
/// authorization behavior.
/// </summary>
public interface IPersonAccessPolicy
{
    ValueTask<PersonAccess> GetAccessAsync(Guid viewerId, Guid subjectPersonId, CancellationToken cancellationToken);
}
