using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDevelopmentNeeds;

internal sealed class ListDevelopmentNeedsValidator : AbstractValidator<ListDevelopmentNeedsQuery>
{
    public ListDevelopmentNeedsValidator()
    {
        RuleFor(query => query.Status).Must(NeedListing.IsValidStatus).WithMessage(NeedListing.StatusMessage);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
