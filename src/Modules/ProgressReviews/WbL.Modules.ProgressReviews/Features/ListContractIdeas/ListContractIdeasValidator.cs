using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.ProgressReviews.Features.ListContractIdeas;

internal sealed class ListContractIdeasValidator : AbstractValidator<ListContractIdeasQuery>
{
    public ListContractIdeasValidator()
    {
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
