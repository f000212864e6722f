namespace WbL.SharedKernel.Authorization;

public static class WblClaimTypes
{
    public const string PersonId = "wbl:person";
    public const string SessionId = "wbl:session";
    public const string Email = "wbl:email";
    public const string DisplayName = "wbl:name";
}
