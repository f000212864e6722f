using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListOfferings;

internal sealed class ListOfferingsValidator : AbstractValidator<ListOfferingsQuery>
{
    public ListOfferingsValidator()
    {
        RuleFor(query => query.SolutionType).MaximumLength(40);
        RuleFor(query => query.Q).MaximumLength(200);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
