using System.Globalization;
using WbL.SharedKernel.Insights;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Features.ListMyActions;

/// <summary>
/// The order of the actions list and its cursor. Most urgent first (overdue, due, open, upcoming), then the
/// earliest date (due date, else the date it has waited since; undated last), then kind and record id so that
/// the order is total. The cursor is the position of the last item seen, not an offset, so a page stays
/// right when items before it are done meanwhile.
/// </summary>
internal static class ActionOrder
{
    private const string NoDate = "9999-12-31";

    public static string SortKey(ActionItem item) =>
        ((int)item.Urgency).ToString(CultureInfo.InvariantCulture)
        + ((item.DueOn ?? item.OpenSince)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NoDate)
        + item.Kind;

    public static int Compare(ActionItem left, ActionItem right) =>
        Compare(new KeysetCursor(SortKey(left), left.RecordId), new KeysetCursor(SortKey(right), right.RecordId));

    private static int Compare(KeysetCursor left, KeysetCursor right)
    {
        var byKey = string.CompareOrdinal(left.SortKey, right.SortKey);
        return byKey != 0 ? byKey : left.Id.CompareTo(right.Id);
    }

    /// <summary>Sorted, one item per record (two sources answering for the same record keep the more urgent).</summary>
    public static IReadOnlyList<ActionItem> Sort(IEnumerable<ActionItem> items)
    {
        var sorted = items.ToList();
        sorted.Sort(Compare);
        return sorted.DistinctBy(item => (item.RecordType, item.RecordId, item.Kind)).ToList();
    }

    /// <summary>The page after the cursor (from the start without one) and the cursor for the next page.</summary>
    public static (IReadOnlyList<ActionItem> Items, string? Next) Page(IReadOnlyList<ActionItem> sorted, int limit, string? after)
    {
        var start = 0;
        if (after is not null && TryDecode(after, out var cursor))
        {
            start = sorted.Count;
            for (var index = 0; index < sorted.Count; index++)
            {
                if (Compare(new KeysetCursor(SortKey(sorted[index]), sorted[index].RecordId), cursor) > 0)
                {
                    start = index;
                    break;
                }
            }
        }
        var items = sorted.Skip(start).Take(limit).ToList();
        var next = start + limit < sorted.Count ? new KeysetCursor(SortKey(items[^1]), items[^1].RecordId).Encode() : null;
        return (items, next);
    }

    public static bool TryDecode(string text, out KeysetCursor cursor) => KeysetCursor.TryDecode(text, out cursor);
}
