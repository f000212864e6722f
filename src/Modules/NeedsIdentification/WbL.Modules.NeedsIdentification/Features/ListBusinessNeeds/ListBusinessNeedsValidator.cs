using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.NeedsIdentification.Features.ListBusinessNeeds;

internal sealed class ListBusinessNeedsValidator : AbstractValidator<ListBusinessNeedsQuery>
{
    public ListBusinessNeedsValidator()
    {
        RuleFor(query => query.Status).Must(status => status is null || BusinessNeedStatuses.All.Contains(status))
            .WithMessage($"Status must be one of: {string.Join(", ", BusinessNeedStatuses.All)}.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
