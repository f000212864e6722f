namespace WbL.ArchitectureTests;

internal static class Expect
{
    /// <summary>Fails with every violation spelled out, one a line.</summary>
    public static void NoViolations(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        Assert.True(list.Count == 0, $"{list.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, list)}");
    }
}
