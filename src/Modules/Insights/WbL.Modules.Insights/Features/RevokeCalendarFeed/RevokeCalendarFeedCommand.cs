using Mediator;
using WbL.Modules.Insights.Calendar;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.RevokeCalendarFeed;

/// <summary>Revokes the caller's calendar feed: the link answers 404 from now on. Revoking none is no error.</summary>
[AllowAnySignedInUser]
internal sealed record RevokeCalendarFeedCommand : ICommand<CalendarFeedResponse>;
