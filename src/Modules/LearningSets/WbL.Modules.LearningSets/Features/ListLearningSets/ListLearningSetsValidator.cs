using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListLearningSets;

internal sealed class ListLearningSetsValidator : AbstractValidator<ListLearningSetsQuery>
{
    public ListLearningSetsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
