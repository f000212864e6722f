using Microsoft.Extensions.Configuration;

namespace WbL.Modules.ProgressReviews.Evidence;

/// <summary>How large an evidence file may be (<c>Wbl:Evidence:MaxFileBytes</c>) and how many one review holds.</summary>
internal sealed record EvidenceSettings(long MaxFileBytes)
{
    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    public const int MostFilesPerReview = 20;

    public static EvidenceSettings From(IConfiguration configuration)
    {
        var max = configuration.GetValue("Wbl:Evidence:MaxFileBytes", DefaultMaxFileBytes);
        return new EvidenceSettings(max < 1 ? DefaultMaxFileBytes : max);
    }

    /// <summary>"10 MB", "1 KB", "512 bytes": for messages a person reads.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        >= 1024 => $"{bytes / 1024.0:0.0} KB",
        1 => "1 byte",
        _ => $"{bytes} bytes",
    };
}
