using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.CreateCalendarFeed;

/// <summary>
/// Creates the caller's calendar feed, or replaces it (the old link stops working). <paramref name="SiteUrl"/> is the
/// address the caller reached the site by, so that the link works from where they are.
/// </summary>
[AllowAnySignedInUser]
internal sealed record CreateCalendarFeedCommand(string SiteUrl) : ICommand<CalendarFeedLinkResponse>;
