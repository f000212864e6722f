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
