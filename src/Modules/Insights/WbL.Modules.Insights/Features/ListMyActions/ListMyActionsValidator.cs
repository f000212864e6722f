using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.Insights.Features.ListMyActions;

internal sealed class ListMyActionsValidator : AbstractValidator<ListMyActionsQuery>
{
    public ListMyActionsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).Must(after => after is null || ActionOrder.TryDecode(after, out _))
            .WithMessage("The cursor is not valid; pass the 'next' value from the previous page.");
    }
}
