namespace WbL.Modules.Organisation;

internal static class Emails
{
    /// <summary>E-mail addresses are unique regardless of case.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
