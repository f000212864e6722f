using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListAdviceRequests;

internal sealed class ListAdviceRequestsValidator : AbstractValidator<ListAdviceRequestsQuery>
{
    public ListAdviceRequestsValidator()
    {
        RuleFor(query => query.Status).Must(status => status is null || AdviceStatuses.All.Contains(status))
            .WithMessage($"Status must be one of: {string.Join(", ", AdviceStatuses.All)}.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
