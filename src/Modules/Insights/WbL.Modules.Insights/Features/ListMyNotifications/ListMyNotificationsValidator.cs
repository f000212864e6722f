using FluentValidation;
using WbL.Modules.Insights.Notifications;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Features.ListMyNotifications;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After)
            .ValidCursor()
            .Must(after => after is null || NotificationCursor.TryRead(after, out _))
            .WithMessage("The cursor is not valid; pass the 'next' value from the previous page.");
    }
}
