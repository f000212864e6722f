using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

internal sealed class ListDiscussionsValidator : AbstractValidator<ListDiscussionsQuery>
{
    public ListDiscussionsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
