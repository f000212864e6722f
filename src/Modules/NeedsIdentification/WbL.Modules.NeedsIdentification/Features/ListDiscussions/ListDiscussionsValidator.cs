using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListDiscussions;

internal sealed class ListLearnerDiscussionsValidator : AbstractValidator<ListLearnerDiscussionsQuery>
{
    public ListLearnerDiscussionsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}

internal sealed class ListMyDiscussionsValidator : AbstractValidator<ListMyDiscussionsQuery>
{
    public ListMyDiscussionsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
