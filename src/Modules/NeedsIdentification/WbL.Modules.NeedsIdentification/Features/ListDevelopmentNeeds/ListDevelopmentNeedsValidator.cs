using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

internal sealed class ListLearnerNeedsValidator : AbstractValidator<ListLearnerNeedsQuery>
{
    public ListLearnerNeedsValidator()
    {
        RuleFor(query => query.Status).Must(NeedListing.IsValidStatus).WithMessage(NeedListing.StatusMessage);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}

internal sealed class ListVisibleNeedsValidator : AbstractValidator<ListVisibleNeedsQuery>
{
    public ListVisibleNeedsValidator()
    {
        RuleFor(query => query.Status).Must(NeedListing.IsValidStatus).WithMessage(NeedListing.StatusMessage);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
