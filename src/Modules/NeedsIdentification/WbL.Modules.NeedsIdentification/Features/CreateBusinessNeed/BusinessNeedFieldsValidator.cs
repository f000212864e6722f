using FluentValidation;

namespace WbL.Modules.NeedsIdentification.Features.CreateBusinessNeed;

internal interface IBusinessNeedFields
{
    string Title { get; }
    string BusinessObjective { get; }
    string MeasureName { get; }
    string MeasureUnit { get; }
    decimal? BaselineValue { get; }
    decimal? TargetValue { get; }
    string Priority { get; }
    DateOnly? PeriodStart { get; }
    DateOnly? PeriodEnd { get; }
}

internal sealed class BusinessNeedFieldsValidator : AbstractValidator<IBusinessNeedFields>
{
    public BusinessNeedFieldsValidator()
    {
        RuleFor(need => need.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the business need a title.")
            .MaximumLength(200);
        RuleFor(need => need.BusinessObjective).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Say which business objective this need serves.").MaximumLength(2000);
        RuleFor(need => need.MeasureName).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Name the performance measure (KPI) that will show progress.").MaximumLength(200);
        RuleFor(need => need.MeasureUnit).Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("Give the measure's unit, e.g. % or days.").MaximumLength(50);
        RuleFor(need => need.BaselineValue).NotNull().WithMessage("Give the measure's baseline value.")
            .InclusiveBetween(-1_000_000_000_000m, 1_000_000_000_000m);
        RuleFor(need => need.TargetValue).NotNull().WithMessage("Give the measure's target value.")
            .InclusiveBetween(-1_000_000_000_000m, 1_000_000_000_000m)
            .NotEqual(need => need.BaselineValue).WithMessage("The target must differ from the baseline.");
        RuleFor(need => need.Priority).Must(Priorities.All.Contains)
            .WithMessage($"Priority must be one of: {string.Join(", ", Priorities.All)}.");
        RuleFor(need => need.PeriodStart).NotNull().WithMessage("Give the start of the period.");
        RuleFor(need => need.PeriodEnd).NotNull().WithMessage("Give the end of the period.")
            .GreaterThan(need => need.PeriodStart).When(need => need.PeriodStart is not null)
            .WithMessage("The period must end after it starts.");
    }
}
