namespace WbL.IntegrationTests.Security;

/// <summary>
/// The expected answer of every operation that names a record, for each actor around one learner (see
/// <see cref="SecurityWorld"/>). Unsafe operations are sent an empty JSON object: an actor who may act is refused by
/// validation (400) or by the record's state (409), one who may not gets 404 (not theirs) or 403 (theirs to read, not to
/// do). "-" is not sent: an operation without a body would succeed and change the world the other cases share; its
/// success is covered by the module's own tests.
/// </summary>
internal static class AccessMatrix
{
    public const int NotSent = 0;

    public static Dictionary<Actor, int> Parse(string entry) =>
        entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => Enum.Parse<Actor>(pair[0]), pair => pair[1] == "-" ? NotSent : int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture));

    public static readonly Dictionary<string, string> Expected = new()
    {
    };
}
