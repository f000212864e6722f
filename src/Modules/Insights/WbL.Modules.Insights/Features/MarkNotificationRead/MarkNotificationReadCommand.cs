using Mediator;
using WbL.Modules.Insights.Notifications;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.Insights.Features.MarkNotificationRead;

/// <summary>
/// Marks one of the caller's own notifications read; anyone else's is not found. Marking it again changes nothing, so
/// the request needs no version: there is no edit to lose.
/// </summary>
[AllowAnySignedInUser]
internal sealed record MarkNotificationReadCommand(Guid Id) : ICommand<NotificationResponse>;
