using FluentValidation;

namespace WbL.Modules.SolutionSelection.Features.CreateOffering;

internal interface IOfferingFields
{
    string Title { get; }
    string SolutionType { get; }
    bool? Accredited { get; }
    string? Qualification { get; }
    string Duration { get; }
    decimal? Cost { get; }
    string DeliveryMode { get; }
    bool? Active { get; }
}

/// <summary>The solution type's existence is checked by the handlers, against the list HR keeps.</summary>
internal sealed class OfferingFieldsValidator : AbstractValidator<IOfferingFields>
{
    public const decimal MaxCost = 1_000_000m;

    public OfferingFieldsValidator()
    {
        RuleFor(offering => offering.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Give the offering a title.")
            .MaximumLength(200);
        RuleFor(offering => offering.SolutionType).Must(type => !string.IsNullOrWhiteSpace(type)).WithMessage("Choose the kind of solution.")
            .MaximumLength(40);
        RuleFor(offering => offering.Accredited).NotNull().WithMessage("Say whether the offering is accredited.");
        RuleFor(offering => offering.Qualification).Must(qualification => !string.IsNullOrWhiteSpace(qualification))
            .When(offering => offering.Accredited == true)
            .WithMessage("Name the qualification an accredited offering leads to.");
        RuleFor(offering => offering.Qualification).MaximumLength(200);
        RuleFor(offering => offering.Duration).Must(duration => !string.IsNullOrWhiteSpace(duration))
            .WithMessage("Give the duration, e.g. 3 days or 6 months part-time.").MaximumLength(100);
        RuleFor(offering => offering.Cost).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Give the cost per learner (0 when free).")
            .InclusiveBetween(0m, MaxCost).WithMessage($"The cost must be between 0 and {MaxCost:N0}.")
            .PrecisionScale(9, 2, ignoreTrailingZeros: true).WithMessage("Give the cost to at most two decimal places.");
        RuleFor(offering => offering.DeliveryMode).Must(DeliveryModes.All.Contains)
            .WithMessage($"Delivery mode must be one of: {string.Join(", ", DeliveryModes.All)}.");
        RuleFor(offering => offering.Active).NotNull().WithMessage("Say whether the offering is available.");
    }
}
