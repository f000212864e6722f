using FluentValidation;

namespace WbL.Modules.Insights.Features.GetReport;

internal sealed class GetReportValidator : AbstractValidator<GetReportQuery>
{
    public GetReportValidator()
    {
        RuleFor(query => query.Name).NotEmpty().MaximumLength(100);
        RuleFor(query => query.To)
            .Must((query, to) => query.From is null || to is null || to >= query.From)
            .WithMessage("'to' must be on or after 'from'.");
        RuleFor(query => query.GroupBy)
            .Must(groupBy => groupBy is null or "month" or "quarter")
            .WithMessage("Group by month or quarter.");
    }
}
