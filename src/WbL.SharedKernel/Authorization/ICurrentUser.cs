namespace WbL.SharedKernel.Authorization;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The signed-in person's id; throws when nobody is signed in.</summary>
    Guid PersonId { get; }

    bool IsInRole(string role);
}
