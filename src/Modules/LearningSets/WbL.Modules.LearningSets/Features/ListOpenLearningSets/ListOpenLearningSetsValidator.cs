using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearningSets.Features.ListOpenLearningSets;

internal sealed class ListOpenLearningSetsValidator : AbstractValidator<ListOpenLearningSetsQuery>
{
    public ListOpenLearningSetsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
