using Microsoft.AspNetCore.Identity;

namespace WbL.Modules.Organisation.Auth;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher, without the rest of Identity.</summary>
internal sealed class PasswordHashing
{
    public const int MinimumLength = 12;

    private static readonly object User = new();
    private readonly PasswordHasher<object> _hasher = new();

    // Verifying against a real hash when the account does not exist keeps the response time
    // the same, so sign-in does not reveal which e-mail addresses have accounts.
    private readonly string _decoyHash;

    public PasswordHashing() => _decoyHash = _hasher.HashPassword(User, Guid.NewGuid().ToString());

    public string Hash(string password) => _hasher.HashPassword(User, password);

    public bool Verify(string? hash, string password)
    {
        var result = _hasher.VerifyHashedPassword(User, hash ?? _decoyHash, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }
}
