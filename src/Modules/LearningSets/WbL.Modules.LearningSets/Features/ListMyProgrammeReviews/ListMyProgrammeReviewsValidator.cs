using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListMyProgrammeReviews;

internal sealed class ListMyProgrammeReviewsValidator : AbstractValidator<ListMyProgrammeReviewsQuery>
{
    public ListMyProgrammeReviewsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
