using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListLearnerDiscussions;

internal sealed class ListLearnerDiscussionsValidator : AbstractValidator<ListLearnerDiscussionsQuery>
{
    public ListLearnerDiscussionsValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
