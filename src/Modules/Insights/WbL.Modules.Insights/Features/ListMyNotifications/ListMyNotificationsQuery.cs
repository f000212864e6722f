using Mediator;
using WbL.Modules.Insights.Notifications;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.ListMyNotifications;

/// <summary>The caller's own notifications; nobody reads anyone else's, so there is no one else to ask about.</summary>
[AllowAnySignedInUser]
internal sealed record ListMyNotificationsQuery(int? Limit, string? After) : IQuery<NotificationPageResponse>;
