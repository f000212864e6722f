using System.Globalization;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Notifications;

/// <summary>
/// An in-app reminder: <c>state</c> is <c>Due</c> or <c>Overdue</c>, <c>link</c> the app path that acts on it, <c>dueOn</c> the
/// item's date. <c>readAt</c> is null until the recipient marks it read; <c>emailedAt</c> is set once it was e-mailed.
/// </summary>
public sealed record NotificationResponse(
    Guid Id,
    string Title,
    string Link,
    string State,
    DateOnly DueOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? EmailedAt);

/// <summary>One page of the caller's notifications, newest first, and how many of all of them are unread.</summary>
public sealed record NotificationPageResponse(IReadOnlyList<NotificationResponse> Items, string? Next, int Unread);

internal static class NotificationReads
{
    public const string SelectColumns = "SELECT id, title, link, state, due_on, created_at, read_at, email_sent_at FROM ins_notifications";

    public static NotificationResponse ToResponse(Row row) =>
        new(row.Id, row.Title, row.Link, row.State, row.DueOn, row.CreatedAt, row.ReadAt, row.EmailSentAt);

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string Link { get; init; } = "";
        public string State { get; init; } = "";
        public DateOnly DueOn { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ReadAt { get; init; }
        public DateTimeOffset? EmailSentAt { get; init; }
    }
}

/// <summary>Keyset position in the newest-first list: the creation instant and id of the last notification seen.</summary>
internal static class NotificationCursor
{
    private const string Format = "O";

    public static KeysetCursor Of(NotificationResponse notification) => new(notification.CreatedAt.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture), notification.Id);

    public static bool TryRead(string? after, out (DateTimeOffset CreatedAt, Guid Id)? position)
    {
        position = null;
        if (KeysetCursor.From(after) is not { } cursor
            || !DateTimeOffset.TryParseExact(cursor.SortKey, Format, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var createdAt))
        {
            return false;
        }
        position = (createdAt, cursor.Id);
        return true;
    }
}
