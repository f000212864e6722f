using FluentValidation;
using WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerNeeds;

internal sealed class ListLearnerNeedsValidator : AbstractValidator<ListLearnerNeedsQuery>
{
    public ListLearnerNeedsValidator()
    {
        RuleFor(query => query.Status).Must(NeedListing.IsValidStatus).WithMessage(NeedListing.StatusMessage);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
