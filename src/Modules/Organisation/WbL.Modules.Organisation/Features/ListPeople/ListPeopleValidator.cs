using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Organisation.Features.ListPeople;

internal sealed class ListPeopleValidator : AbstractValidator<ListPeopleQuery>
{
    public ListPeopleValidator()
    {
        RuleFor(query => query.Q).MaximumLength(200);
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
