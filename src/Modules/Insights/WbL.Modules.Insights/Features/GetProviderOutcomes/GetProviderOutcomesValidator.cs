using FluentValidation;

namespace WbL.Modules.Insights.Features.GetProviderOutcomes;

internal sealed class GetProviderOutcomesValidator : AbstractValidator<GetProviderOutcomesQuery>
{
    public GetProviderOutcomesValidator()
    {
        RuleFor(query => query.ProviderId).NotEmpty().WithMessage("Name the provider (providerId).");
    }
}
