using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.GetCalendarFeed;

/// <summary>Whether the caller has a calendar feed; each person has at most one, their own.</summary>
[AllowAnySignedInUser]
internal sealed record GetCalendarFeedQuery : IQuery<CalendarFeedResponse>;
