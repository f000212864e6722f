using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Reminders;

/// <summary>The decisions of a reminder round that need no database: which reminders to offer, and whether a failed e-mail is tried again.</summary>
internal static class ReminderPlan
{
    /// <summary>After this many failed attempts an e-mail is given up; the in-app notification stays.</summary>
    public const int MostEmailAttempts = 10;

    /// <summary>One reminder per recipient, item and state, whatever the sources repeat (a person who is both manager and mentor).</summary>
    public static IReadOnlyList<ReminderItem> Distinct(IEnumerable<ReminderItem> items) =>
        items.Where(item => item.RecipientId != Guid.Empty && !string.IsNullOrWhiteSpace(item.ItemKey))
            .GroupBy(item => (item.RecipientId, item.ItemKey, item.State))
            .Select(group => group.First())
            .ToList();

    public static bool ShouldTryEmail(int attempts) => attempts < MostEmailAttempts;

    /// <summary>Text that fits its column: titles come from other modules' records and may be long.</summary>
    public static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
