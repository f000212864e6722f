using System.Buffers.Text;
using System.Text;
using FluentValidation;

namespace WbL.SharedKernel.Paging;

/// <summary>One page of a list and the cursor for the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// Builds a page from rows fetched with limit + 1: the extra row only tells that more exist.
    /// </summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, KeysetCursor> cursorOf)
    {
        if (rowsPlusOne.Count <= limit)
        {
            return new Page<T>(rowsPlusOne, null);
        }
        var items = rowsPlusOne.Take(limit).ToList();
        return new Page<T>(items, cursorOf(items[^1]).Encode());
    }

    public static IRuleBuilderOptions<T, int?> ValidLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, MaxLimit).WithMessage($"Limit must be between 1 and {MaxLimit}.");

    public static IRuleBuilderOptions<T, string?> ValidCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(after => after is null || KeysetCursor.TryDecode(after, out _))
            .WithMessage("The cursor is not valid; pass the 'next' value from the previous page.");
}

/// <summary>
/// Keyset position: the sort key and id of the last row seen. Opaque to clients; it keeps
/// pages stable while rows are added, unlike offsets.
/// </summary>
public readonly record struct KeysetCursor(string SortKey, Guid Id)
{
    public string Encode()
    {
        var bytes = Encoding.UTF8.GetBytes(Id.ToString("N") + SortKey);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out KeysetCursor cursor)
    {
        cursor = default;
        try
        {
            var raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (raw.Length < 32 || !Guid.TryParseExact(raw[..32], "N", out var id))
            {
                return false;
            }
            cursor = new KeysetCursor(raw[32..], id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static KeysetCursor? From(string? after) =>
        after is not null && TryDecode(after, out var cursor) ? cursor : null;
}
