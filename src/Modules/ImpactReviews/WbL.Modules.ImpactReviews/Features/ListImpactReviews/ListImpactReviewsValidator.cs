using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ImpactReviews.Features.ListImpactReviews;

internal sealed class ListImpactReviewsValidator : AbstractValidator<ListImpactReviewsQuery>
{
    public ListImpactReviewsValidator()
    {
        RuleFor(query => query.Status).Must(status => status is null || ImpactReviewStatuses.Parse(status) is not null)
            .WithMessage("Status is one of pending, due, overdue, completed.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
