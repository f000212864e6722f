namespace WbL.SharedKernel.Authorization;

/// <summary>Role names as they appear in claims, the API and the database.</summary>
public static class Roles
{
    public const string Learner = "Learner";
    public const string Manager = "Manager";
    public const string HR = "HR";
    public const string Admin = "Admin";
    public const string Facilitator = "Facilitator";

    /// <summary>Roles an administrator grants; Learner is everyone's and Manager follows from reporting lines.</summary>
    public static readonly IReadOnlyList<string> Grantable = [HR, Admin, Facilitator];
}
