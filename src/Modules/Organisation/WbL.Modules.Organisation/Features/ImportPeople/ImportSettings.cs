using Microsoft.Extensions.Configuration;

namespace WbL.Modules.Organisation.Features.ImportPeople;

/// <summary>How large an import may be (<c>Wbl:Import:MaxFileBytes</c>, <c>Wbl:Import:MaxRows</c>).</summary>
internal sealed record ImportSettings(long MaxFileBytes, int MaxRows)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;
    public const int DefaultMaxRows = 10_000;

    public static ImportSettings From(IConfiguration configuration) => new(
        configuration.GetValue<long?>("Wbl:Import:MaxFileBytes") is { } bytes and > 0 ? bytes : DefaultMaxFileBytes,
        configuration.GetValue<int?>("Wbl:Import:MaxRows") is { } rows and > 0 ? rows : DefaultMaxRows);

    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
