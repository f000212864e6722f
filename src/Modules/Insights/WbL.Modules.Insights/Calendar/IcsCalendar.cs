using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WbL.SharedKernel.Insights;

namespace WbL.Modules.Insights.Calendar;

/// <summary>Writes a person's dates as an iCalendar (RFC 5545) document with Ical.Net: one all-day event per entry, under its stable UID.</summary>
internal static class IcsCalendar
{
    public static string Write(IEnumerable<CalendarEntry> entries, Func<string, string> absolute, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//WbL//Work-based learning reviews//EN" };
        calendar.AddProperty("X-WR-CALNAME", "WbL reviews");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        foreach (var entry in entries.DistinctBy(entry => entry.Uid).OrderBy(entry => entry.Date).ThenBy(entry => entry.Uid, StringComparer.Ordinal))
        {
            var link = absolute(entry.Link);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Title,
                Description = entry.Description is { } description ? $"{description}\n{link}" : link,
                Url = new Uri(link),
                DtStart = new CalDateTime(entry.Date.Year, entry.Date.Month, entry.Date.Day),
                DtEnd = new CalDateTime(entry.Date.AddDays(1).Year, entry.Date.AddDays(1).Month, entry.Date.AddDays(1).Day),
                DtStamp = stamp,
                Transparency = TransparencyType.Transparent,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
