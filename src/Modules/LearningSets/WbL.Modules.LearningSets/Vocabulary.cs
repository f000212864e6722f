namespace WbL.Modules.LearningSets;

/// <summary>A set is forming until it first meets, running while it meets, then closed; it only moves forward.</summary>
internal static class SetStatuses
{
    public const string Forming = "Forming";
    public const string Running = "Running";
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All = [Forming, Running, Closed];

    public static int Rank(string status) => status switch
    {
        Forming => 0,
        Running => 1,
        _ => 2,
    };
}

/// <summary>Set size: peers work best in a group of four to eight; outside that the set still forms, with a warning.</summary>
internal static class SetSize
{
    public const int Fewest = 4;
    public const int Most = 8;
    public const int Limit = 30;

    public static IReadOnlyList<string> Warnings(int members) =>
        members is < Fewest or > Most ? [$"A set works best with {Fewest} to {Most} members; this one has {members}."] : [];
}

/// <summary>Each member meets the facilitator one-to-one before the first meeting; until the set meets, a missing one is a warning, not a refusal.</summary>
internal static class OneToOneWarnings
{
    public static IReadOnlyList<string> BeforeFirstMeeting(IReadOnlyList<string> membersWithout) => membersWithout.Count switch
    {
        0 => [],
        1 => [$"{membersWithout[0]} has had no one-to-one with the facilitator yet; hold it before the first meeting."],
        _ => [$"{membersWithout.Count} members have had no one-to-one with the facilitator yet ({string.Join(", ", membersWithout)}); hold them before the first meeting."],
    };
}
