using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.LearnerContracts.Features.ListContracts;

internal sealed class ListContractsValidator : AbstractValidator<ListContractsQuery>
{
    public ListContractsValidator()
    {
        RuleFor(query => query.Status).Must(status => status is null || ContractStatuses.All.Contains(status))
            .WithMessage($"Status must be one of: {string.Join(", ", ContractStatuses.All)}.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
