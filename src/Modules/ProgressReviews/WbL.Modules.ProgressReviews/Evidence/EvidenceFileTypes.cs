using System.Text.Unicode;
using Microsoft.Net.Http.Headers;

namespace WbL.Modules.ProgressReviews.Evidence;

/// <summary>
/// The kinds of file a learner may attach as evidence. A file is taken only when its declared
/// Content-Type is one of these and its first bytes look like that kind, so that a renamed
/// executable is not stored as a PDF and later opened by someone else.
/// </summary>
internal static class EvidenceFileTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string PlainText = "text/plain";
    public const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PowerPoint = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>How much of a file is read before any of it is stored: enough for every signature and a fair look at text.</summary>
    public const int FirstBlockBytes = 8192;

    public const string Refusal = "This kind of file cannot be attached. Attach a PDF, a PNG or JPEG image, a plain text file, "
        + "or a Word, Excel or PowerPoint document, sent with its own content type.";

    public static IReadOnlyList<string> ContentTypes { get; } = [Pdf, Png, Jpeg, PlainText, Word, Excel, PowerPoint];

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    // OOXML documents are ZIP packages; the package's inner layout is not checked.
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The allowed type a declared Content-Type names, lower-case and without parameters (charset); null for any other.</summary>
    public static string? Allowed(string? declaredContentType)
    {
        if (string.IsNullOrWhiteSpace(declaredContentType) || !MediaTypeHeaderValue.TryParse(declaredContentType, out var parsed))
        {
            return null;
        }
        var mediaType = parsed.MediaType.Value;
        return ContentTypes.FirstOrDefault(type => string.Equals(type, mediaType, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the declared Content-Type is allowed and the file's first bytes match it.
    /// <paramref name="isWholeFile"/> says the bytes are the whole file, so text may not end in the middle of a character.
    /// </summary>
    public static bool Check(string? declaredContentType, ReadOnlySpan<byte> firstBytes, bool isWholeFile = false) =>
        Allowed(declaredContentType) switch
        {
            Pdf => firstBytes.StartsWith(PdfMagic),
            Png => firstBytes.StartsWith(PngMagic),
            Jpeg => firstBytes.StartsWith(JpegMagic),
            Word or Excel or PowerPoint => firstBytes.StartsWith(ZipMagic),
            PlainText => IsText(firstBytes, isWholeFile),
            _ => false,
        };

    /// <summary>What a download is served as: text was checked to be UTF-8 on the way in, so it says so.</summary>
    public static string ServedAs(string storedContentType) =>
        storedContentType == PlainText ? "text/plain; charset=utf-8" : storedContentType;

    private static bool IsText(ReadOnlySpan<byte> bytes, bool isWholeFile) =>
        !bytes.IsEmpty && !bytes.Contains((byte)0) && Utf8.IsValid(isWholeFile ? bytes : WithoutCutCharacter(bytes));

    /// <summary>The first block may end part-way through a multi-byte character; that tail is judged with the rest of the file, not here.</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var lead = bytes[^back];
            if ((lead & 0xC0) == 0x80)
            {
                continue;
            }
            var length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return length > back ? bytes[..^back] : bytes;
        }
        return bytes;
    }
}
