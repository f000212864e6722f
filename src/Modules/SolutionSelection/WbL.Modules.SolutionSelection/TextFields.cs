namespace WbL.Modules.SolutionSelection;

internal static class TextFields
{
    /// <summary>Optional text is stored as null rather than blank, and trimmed.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>"%text%" for a lower-cased LIKE with ESCAPE '\', or null for no filter.</summary>
    public static string? LikePattern(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return null;
        }
        var escaped = q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
