namespace WbL.Modules.Organisation;

internal static class OrgUnitKinds
{
    public const string Organisation = "Organisation";
    public const string Department = "Department";
    public const string Team = "Team";

    public static readonly IReadOnlyList<string> All = [Organisation, Department, Team];

    /// <summary>A department sits under the organisation or another department; a team under a department or team.</summary>
    public static bool MayHaveParent(string childKind, string parentKind) => childKind switch
    {
        Department => parentKind is Organisation or Department,
        Team => parentKind is Department or Team,
        _ => false,
    };
}
