using FluentValidation;
using WbL.SharedKernel.Paging;

namespace WbL.Modules.SolutionSelection.Features.ListProviders;

internal sealed class ListProvidersValidator : AbstractValidator<ListProvidersQuery>
{
    public ListProvidersValidator()
    {
        RuleFor(query => query.Q).MaximumLength(200);
        RuleFor(query => query.Kind).Must(kind => kind is null || ProviderKinds.All.Contains(kind))
            .WithMessage($"Kind must be one of: {string.Join(", ", ProviderKinds.All)}.");
        RuleFor(query => query.Limit).ValidLimit();
        RuleFor(query => query.After).ValidCursor();
    }
}
