namespace WbL.Modules.ProgressReviews.Evidence;

/// <summary>
/// A file name is kept only as a label for the download: the folders a client put in front of it
/// are dropped, and so are characters that could disguise it (control and bidirectional-override characters).
/// </summary>
internal static class EvidenceFileNames
{
    public const int MaxLength = 255;

    public static string Clean(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return "";
        }
        // Both separators, whatever the server's own: "C:\x\a.pdf" sent to Linux is still a Windows path.
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new string(name.Where(character => !char.IsControl(character) && !IsDirectionControl(character)).ToArray()).Trim();
        return kept is "." or ".." ? "" : kept;
    }

    /// <summary>Marks that reorder text, as in "report\u202Efdp.exe" shown as "reportexe.pdf".</summary>
    private static bool IsDirectionControl(char character) =>
        character is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
