using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WbL.Modules.Insights.Calendar;

/// <summary>
/// A feed token is 32 random bytes, URL-safe base64 (43 characters). Only its SHA-256 is stored, so a copy of the database
/// does not give anyone the feeds; a calendar app presents the token itself, which is hashed and looked up.
/// </summary>
internal static class CalendarFeedTokens
{
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether the text could be a token at all, so that anything else is refused before the database is asked.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: Length } && token.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_');

    public static string FeedPath(string token) => $"/api/calendar/{token}.ics";
}

/// <summary>Whether the caller has a calendar feed, and since when. The link itself is shown only when it is created.</summary>
public sealed record CalendarFeedResponse(bool Exists, DateTimeOffset? CreatedAt);

/// <summary>A new feed link: <c>url</c> is shown this once; creating another replaces it, and the old link stops working.</summary>
public sealed record CalendarFeedLinkResponse(string Url, DateTimeOffset CreatedAt);
