namespace WbL.SharedKernel.Insights;

/// <summary>Who is asking what needs their action: the person, their granted roles, their direct reports, today.</summary>
public sealed record ActionViewer(Guid PersonId, IReadOnlySet<string> Roles, IReadOnlyList<Guid> DirectReportIds, DateOnly Today)
{
    public bool IsManager => DirectReportIds.Count > 0;

    public bool IsInRole(string role) => Roles.Contains(role);
}

/// <summary>How soon an item needs action; the order is the order of the list, most urgent first.</summary>
public enum ActionUrgency
{
    Overdue = 0,
    Due = 1,
    Open = 2,
    Upcoming = 3,
}

/// <summary>
/// One thing a person should act on. <paramref name="Kind"/> is a stable kebab-case code
/// (<c>progress-review</c>), <paramref name="Link"/> the SPA path that acts on it.
/// <paramref name="Title"/> says what to do without naming the person it is about: the list adds the
/// name of <paramref name="AboutPersonId"/> when that is someone other than the viewer.
/// <paramref name="OpenSince"/> dates an item without a due date (a request waiting since), so that the
/// oldest of equal urgency comes first.
/// </summary>
public sealed record ActionItem(
    string Kind,
    string Title,
    string RecordType,
    Guid RecordId,
    string Link,
    ActionUrgency Urgency,
    DateOnly? DueOn,
    Guid? AboutPersonId,
    DateOnly? OpenSince = null);

/// <summary>A module's answer to "what of mine needs this person's action now". Each module reads only its own tables.</summary>
public interface IActionItemSource
{
    ValueTask<IReadOnlyList<ActionItem>> ActionsForAsync(ActionViewer viewer, CancellationToken cancellationToken);
}

public enum ReminderState
{
    Due = 0,
    Overdue = 1,
}

/// <summary>
/// A dated item someone must be reminded of. <paramref name="ItemKey"/> is stable for the item
/// (<c>progress-review:{id}</c>), so a reminder is created once per item, recipient and state.
/// </summary>
public sealed record ReminderItem(Guid RecipientId, string ItemKey, ReminderState State, string Title, string Link, DateOnly DueOn);

/// <summary>A module's dated items that are due or overdue today, for every recipient.</summary>
public interface IReminderSource
{
    ValueTask<IReadOnlyList<ReminderItem>> DueOrOverdueAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>One all-day date in a person's calendar feed. <paramref name="Uid"/> is stable, so calendars update the event instead of duplicating it.</summary>
public sealed record CalendarEntry(string Uid, string Title, DateOnly Date, string Link, string? Description);

/// <summary>A module's dates for a person's calendar feed (as learner, manager or mentor).</summary>
public interface ICalendarSource
{
    ValueTask<IReadOnlyList<CalendarEntry>> EntriesForAsync(Guid personId, DateOnly from, CancellationToken cancellationToken);
}
